/**
 * The one inline script: it must run before first paint (so it cannot be a bundled module), and
 * under the Content-Security-Policy it is allowed by its hash, computed from this exact text.
 * It marks that scripts run (`.js`, for JS-only controls) and applies the reader's chosen theme:
 * `lexicon:theme`, or the unprefixed `theme` an older visit left until every page's module moves it
 * (src/client/storage/migrate.ts). Plain ES5, so an old browser still gets `.js`.
 */
export const PREPAINT_SCRIPT =
  "document.documentElement.classList.add('js');try{var s=localStorage,t=s.getItem('lexicon:theme');if(t===null)t=s.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
