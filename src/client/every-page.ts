/**
 * Behaviour every page shares, as one small module: theme button, copy-link buttons, the search
 * dialog's opener and the session demo's opt-in check. One request instead of four.
 */
import './elements/theme-toggle';
import './elements/copy-link';
import './elements/search-dialog';
import './session/recorder-check';
