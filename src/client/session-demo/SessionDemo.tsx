/**
 * The live session demo's entry: the introduction and the opt-in button, then, once tracking is on,
 * the live view (replay of every tool, timeline, tables) with the text the page rendered for it.
 * Nothing is recorded before "Start tracking my session"; everything stays in this browser.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { LiveText } from './demo-words';
import LiveDemo from './LiveDemo';
import { loadLiveText } from './live-text';
import { useDemoStore } from './useDemoStore';
// Styles: session-demo.css, loaded by the site stylesheet (see BaseLayout.astro).

interface Props {
  /** The heading, what the demo does, that nothing is recorded before start, and the no-JavaScript note (the page's markup). */
  intro?: ReactNode;
}

export default function SessionDemo({ intro }: Props) {
  const store = useDemoStore();
  const { mode, notice } = store;
  const [text, setText] = useState<LiveText>();
  useEffect(() => {
    if (mode === 'on' && !text) void loadLiveText().then(setText);
  }, [mode, text]);

  // Before hydration (and without JavaScript) this same introduction is what the page shows; once
  // tracking is on, it stays, busy, until the live view's text is here.
  if (mode !== 'on' || !text) {
    const busy = mode === 'on';
    return (
      <section className="sd" aria-labelledby="sd-title" aria-busy={busy}>
        {intro}
        {notice && notice !== 'corrupt' && <p className="sd-notice" role="note">{notice}</p>}
        <button type="button" className="button primary js-only" onClick={store.start} disabled={mode !== 'off'}>
          {busy ? 'Loading the live view…' : 'Start tracking my session'}
        </button>
      </section>
    );
  }
  return <LiveDemo store={store} {...text} />;
}
