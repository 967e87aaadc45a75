/**
 * The one inline script: it must run before first paint (so it cannot be a bundled module), and
 * under the Content-Security-Policy it is allowed by its hash, computed from this exact text.
 * It marks that scripts run (`.js`, for JS-only controls) and applies the reader's chosen theme,
 * and the A–Z index's view when the reader chose one (src/client/elements/az-view.ts).
 */
export const PREPAINT_SCRIPT =
  "document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}" +
  "try{var v=localStorage.getItem('lexicon:az-view');if(v==='list'||v==='cards')document.documentElement.dataset.azView=v}catch(e){}";
