/**
 * The live session demo's entry: the introduction and the opt-in button, which is all a reader who
 * has not opted in loads (with React). The live view (replay of every tool, timeline, tables) is a
 * separate chunk, fetched once tracking is on.
 * Nothing is recorded before "Start tracking my session"; everything stays in this browser.
 */
import type { DemoPassages, DemoWords } from './demo-words';
import LiveDemo from './LiveDemo';
import { useDemoStore } from './useDemoStore';
// Styles: session-demo.css, loaded by the site stylesheet (see BaseLayout.astro).


interface Props extends DemoPassages {
  /** Words the live view shows, from the page (rendered at build time) so the browser bundle need not carry them. */
  words: DemoWords;
}

export default function SessionDemo({ words, intro, ...passages }: Props) {
  const store = useDemoStore();
  const { mode, notice } = store;
  // Before hydration (and without JavaScript) this same introduction is what the page shows.
  if (mode === 'loading' || mode === 'off') {
    return (
      <section className="sd" aria-labelledby="sd-title">
        <h2 id="sd-title" className="sd-title">Your session, live</h2>
        {intro}
        {notice && <p className="sd-notice" role="note">{notice}</p>}
        <p className="sd-notice no-js-only">The live demo needs JavaScript, which is not running in this browser.</p>
        <button type="button" className="button primary js-only" onClick={store.start} disabled={mode === 'loading'}>
          Start tracking my session
        </button>
      </section>
    );
  }

  return <LiveDemo store={store} words={words} passages={passages} />;
}
