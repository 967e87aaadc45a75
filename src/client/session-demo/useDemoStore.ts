/**
 * The demo's data, wherever it can live: browser storage when the browser allows it (shared with
 * the recorder on every page and with other tabs), otherwise this page's memory (site-storage.ts
 * keeps a refused write for the page). Never throws.
 */
import { useCallback, useEffect, useState } from 'react';
import { CHANNEL } from '../session/keys';
import { CHANGED_EVENT, demoStorage, emptyData, forgetDemo, parseData, serialiseData, type DemoData } from '../session/recorder';

export type DemoMode = 'loading' | 'off' | 'on';

export interface DemoStore {
  mode: DemoMode;
  data: DemoData;
  /** Whether data survives reloads and reaches other tabs. */
  persistent: boolean;
  /** One line for the reader when something about storage is not normal; 'corrupt' (only ever in the live view) is said in its words. */
  notice: string | null;
  start(): void;
  forget(): void;
  update(change: (data: DemoData) => DemoData): void;
}


/** Whether the page can reach localStorage at all (reaching it throws where the browser blocks it). */
function storageWorks(): boolean {
  try {
    return !!localStorage;
  } catch {
    return false;
  }
}

const BLOCKED = 'Your browser is not letting this site store data, so the demo runs in this tab only and forgets on reload.';

export function useDemoStore(): DemoStore {
  const [mode, setMode] = useState<DemoMode>('loading');
  const [data, setData] = useState<DemoData>(emptyData);
  const [persistent, setPersistent] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);

  const write = useCallback((next: DemoData) => {
    const kept = demoStorage.write(serialiseData(next));
    if (!kept) {
      setPersistent(false);
      setNotice(BLOCKED);
    }
  }, []);

  /** Re-reads storage: on load, and whenever this page, the recorder or another tab changed it. */
  const reload = useCallback(() => {
    const result = parseData(demoStorage.read());
    if (result.status === 'off') {
      setMode('off');
      setData(emptyData());
      return;
    }
    if (result.status === 'corrupt') {
      const fresh = emptyData();
      setNotice('corrupt');
      setData(fresh);
      setMode('on');
      write(fresh);
      return;
    }
    if (result.status === 'migrated') write(result.data);
    setData(result.data);
    setMode('on');
  }, [write]);

  useEffect(() => {
    if (!storageWorks()) {
      setPersistent(false);
      setNotice(BLOCKED);
    }
    reload();
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
    if (channel) channel.onmessage = reload;
    const onStorage = (e: StorageEvent) => (e.key === null || e.key.startsWith('lexicon:session-demo')) && reload();
    // Restored from the back/forward cache: other pages may have logged activity meanwhile.
    const onShow = (e: PageTransitionEvent) => e.persisted && reload();
    const listening = new AbortController();
    addEventListener('storage', onStorage, listening);
    addEventListener('pageshow', onShow, listening);
    addEventListener(CHANGED_EVENT, reload, listening);
    return () => {
      channel?.close();
      listening.abort();
    };
  }, [reload]);

  const update = useCallback(
    (change: (data: DemoData) => DemoData) => {
      // Start from what storage holds now: the recorder (or another tab) may have just added to it.
      const parsed = parseData(demoStorage.read());
      const base = parsed.status === 'ok' || parsed.status === 'migrated' ? parsed.data : emptyData();
      const next = change(base);
      setData(next);
      write(next);
    },
    [write],
  );

  const start = useCallback(() => {
    const fresh = emptyData();
    setData(fresh);
    write(fresh);
    setMode('on');
  }, [write]);

  /** Deletes the log; the live view stops this page's recorder and tells other tabs first. */
  const forget = useCallback(() => {
    forgetDemo();
    setData(emptyData());
    setMode('off');
  }, []);

  return { mode, data, persistent, notice, start, forget, update };
}
