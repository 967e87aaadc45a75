/**
 * Behaviour every page shares, as one small module: theme button, copy-link buttons, the search
 * shortcut and the session demo's opt-in check. One request instead of four.
 */
import './elements/theme-toggle';
import './elements/copy-link';
import './search/search-trigger';
import './session/recorder-check';
