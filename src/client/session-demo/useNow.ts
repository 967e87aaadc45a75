import { useEffect, useState } from 'react';

/**
 * The current time, refreshed once a second while the page is visible and not at all while it is
 * hidden. Times are always recomputed from absolute timestamps, so a paused tab is right the
 * moment it comes back (visibilitychange, pageshow from the back/forward cache, focus).
 */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    let timer: number | undefined;
    const tick = () => setNow(Date.now());
    const sync = () => {
      clearInterval(timer);
      timer = undefined;
      if (document.visibilityState === 'visible') {
        tick();
        timer = window.setInterval(tick, 1000);
      }
    };
    sync();
    const listening = new AbortController();
    const { signal } = listening;
    document.addEventListener('visibilitychange', sync, { signal });
    addEventListener('pageshow', sync, { signal });
    addEventListener('focus', sync, { signal });
    return () => {
      clearInterval(timer);
      listening.abort();
    };
  }, [active]);
  return now;
}
