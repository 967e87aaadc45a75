/**
 * Behaviour every page shares, as one small module: theme button, copy-link buttons, the search
 * dialog's opener, the session demo's opt-in check and the review deck button's click listener
 * (on term pages). One request instead of several.
 */
import './elements/theme-toggle';
import './elements/copy-link';
import './elements/search-dialog';
import './session/recorder-check';
import './elements/add-to-deck-check';
