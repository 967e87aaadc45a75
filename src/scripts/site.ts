/**
 * Behaviour every page shares, as one small module: theme button, copy-link buttons, the search
 * shortcut and the session demo's opt-in check. One request instead of four.
 */
import './theme-toggle';
import './copy-link';
import './search-trigger';
import './recorder-check';
