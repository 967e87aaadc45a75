/**
 * Where the session demo keeps its data. Its own tiny module because every page's opt-in check
 * imports it, and that check must stay a few hundred bytes.
 */
/** localStorage key; its presence means the reader opted in. */
export const STORE_KEY = 'lexicon:session-demo';
/** BroadcastChannel name: tabs tell each other to re-read storage. */
export const CHANNEL = 'lexicon:session-demo';
