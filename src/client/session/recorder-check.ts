/**
 * If the reader opted in to the session demo, load its recorder. Before opt-in this is one
 * storage read and nothing else.
 */
import { STORE_KEY } from './keys';
let optedIn = false;
try {
  optedIn = localStorage.getItem(STORE_KEY) !== null;
} catch {
  // Storage blocked: nothing can have been recorded, so there is nothing to continue.
}
if (optedIn) void import('./recorder').then((m) => m.startRecording());
