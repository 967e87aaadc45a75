/**
 * Behaviour every page shares, as one small module: theme button, copy-link buttons, the search
 * dialog's opener, the session demo's opt-in check, moving settings to their `lexicon:` names, and
 * the one-time notice when the browser refuses to store something (its code loads only then).
 */
import './elements/theme-toggle';
import './elements/copy-link';
import './elements/search-dialog';
import './session/recorder-check';
import { migrateBrowserStorage } from './storage/migrate';
import { STORAGE_UNAVAILABLE_EVENT } from './storage/names';

migrateBrowserStorage();
document.addEventListener(STORAGE_UNAVAILABLE_EVENT, () => void import('./elements/storage-notice').then((m) => m.showStorageNotice()), { once: true });
