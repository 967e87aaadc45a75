/**
 * The one inline script: it must run before first paint (so it cannot be a bundled module), and
 * under the Content-Security-Policy it is allowed by its hash, computed from this exact text.
 * It marks that scripts run (`.js`, for JS-only controls), applies the reader's chosen theme and
 * the A–Z index's view when the reader chose one (src/client/elements/az-view.ts), and moves the
 * settings an older visit kept without the `lexicon:` prefix (`theme`, `previews`) to their
 * prefixed names, once; an existing prefixed value is the newer choice and wins. Here rather than
 * in a module because it must happen before anything reads them, on every page, and costs no
 * JavaScript download. Plain ES5, so an old browser still gets `.js`.
 */
export const LEGACY_KEYS = ['theme', 'previews'] as const;

export const PREPAINT_SCRIPT =
  "document.documentElement.classList.add('js');try{var s=localStorage,d=document.documentElement,t=s.getItem('lexicon:theme');if(t===null)t=s.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t;" +
  "var v=s.getItem('lexicon:az-view');if(v==='list'||v==='cards')d.dataset.azView=v;" +
  `${JSON.stringify(LEGACY_KEYS).replace(/"/g, "'")}.forEach(function(k){var v=s.getItem(k);if(v!==null){if(s.getItem('lexicon:'+k)===null)s.setItem('lexicon:'+k,v);s.removeItem(k)}})}catch(e){}`;
