/**
 * The demo's data, wherever it can live: localStorage when the browser allows it (shared with the
 * recorder on every page and with other tabs), otherwise memory for this tab. Never throws.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { compact, type Activity } from '../../session/engine';
import { ACTIVITY_CAP, CHANNEL, emptyData, parseData, serialiseData, STORE_KEY, type DemoData } from '../session/store';

export type DemoMode = 'loading' | 'off' | 'on';

export interface DemoStore {
  mode: DemoMode;
  data: DemoData;
  /** Whether data survives reloads and reaches other tabs. */
  persistent: boolean;
  /** One line for the reader when something about storage is not normal. */
  notice: string | null;
  start(): void;
  forget(): void;
  update(change: (data: DemoData) => DemoData): void;
  /** Adds an activity to the log (used when storage refuses the recorder). */
  append(activity: Activity): void;
}

const BLOCKED = 'Your browser is not letting this site store data, so the demo runs in this tab only and forgets on reload.';
const FULL = 'Your browser’s storage is full, so new activity is kept in this tab only.';
const CORRUPT = 'The saved demo data could not be read, so it started afresh.';

function readStorage(): { raw: string | null } | { error: true } {
  try {
    return { raw: localStorage.getItem(STORE_KEY) };
  } catch {
    return { error: true };
  }
}

function withCap(data: DemoData): DemoData {
  if (data.activities.length <= ACTIVITY_CAP) return data;
  const { activities, merged } = compact(data.activities, ACTIVITY_CAP);
  return { ...data, activities, compacted: data.compacted + merged };
}

export function useDemoStore(): DemoStore {
  const [mode, setMode] = useState<DemoMode>('loading');
  const [data, setData] = useState<DemoData>(emptyData);
  const [persistent, setPersistent] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const persistentRef = useRef(true);
  const dataRef = useRef(data);
  dataRef.current = data;
  const channel = useRef<BroadcastChannel | null>(null);

  const write = useCallback((next: DemoData) => {
    if (!persistentRef.current) return;
    try {
      localStorage.setItem(STORE_KEY, serialiseData(next));
      channel.current?.postMessage(Date.now());
    } catch {
      persistentRef.current = false;
      setPersistent(false);
      setNotice(FULL);
    }
  }, []);

  /** Re-reads storage: on load, and whenever this or another tab changed it. */
  const reload = useCallback(() => {
    if (!persistentRef.current) return;
    const read = readStorage();
    if ('error' in read) {
      persistentRef.current = false;
      setPersistent(false);
      setNotice(BLOCKED);
      setMode((m) => (m === 'loading' ? 'off' : m));
      return;
    }
    const result = parseData(read.raw);
    if (result.status === 'off') {
      setMode('off');
      setData(emptyData());
      return;
    }
    if (result.status === 'corrupt') {
      const fresh = emptyData();
      setNotice(CORRUPT);
      setData(fresh);
      setMode('on');
      write(fresh);
      return;
    }
    const capped = withCap(result.data);
    if (capped !== result.data || result.status === 'migrated') write(capped);
    setData(capped);
    setMode('on');
  }, [write]);

  useEffect(() => {
    reload();
    if (typeof BroadcastChannel === 'function') {
      channel.current = new BroadcastChannel(CHANNEL);
      channel.current.onmessage = reload;
    }
    const onStorage = (e: StorageEvent) => e.key === STORE_KEY && reload();
    // Restored from the back/forward cache: other pages may have logged activity meanwhile.
    const onShow = (e: PageTransitionEvent) => e.persisted && reload();
    addEventListener('storage', onStorage);
    addEventListener('pageshow', onShow);
    return () => {
      channel.current?.close();
      removeEventListener('storage', onStorage);
      removeEventListener('pageshow', onShow);
    };
  }, [reload]);

  const update = useCallback(
    (change: (data: DemoData) => DemoData) => {
      // Start from what storage holds now: the recorder (or another tab) may have just added to it.
      let base = dataRef.current;
      const read = persistentRef.current ? readStorage() : undefined;
      if (read && !('error' in read)) {
        const parsed = parseData(read.raw);
        if (parsed.status === 'ok' || parsed.status === 'migrated') base = parsed.data;
      }
      const next = withCap(change(base));
      dataRef.current = next;
      setData(next);
      write(next);
    },
    [write],
  );

  const start = useCallback(() => {
    const fresh = emptyData();
    dataRef.current = fresh;
    setData(fresh);
    setMode('on');
    write(fresh);
  }, [write]);

  const forget = useCallback(() => {
    try {
      localStorage.removeItem(STORE_KEY);
      channel.current?.postMessage(Date.now());
    } catch {
      /* Nothing was stored. */
    }
    setData(emptyData());
    setMode('off');
  }, []);

  const append = useCallback((activity: Activity) => update((d) => ({ ...d, activities: [...d.activities, activity] })), [update]);

  return { mode, data, persistent, notice, start, forget, update, append };
}
