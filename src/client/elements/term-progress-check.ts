/**
 * The eager part of a term page's path banner and "I understand this term" toggle. A reader with no
 * progress sees exactly what the server rendered (the first path, the toggle off), so the banner's
 * code loads only when there is progress to show, when another tab writes some, or on the first
 * press of the toggle (which is then passed on to the loaded element).
 */
import { hasStored } from '../storage/has-stored';
import { PROGRESS_KEY } from '../storage/names';

const banner = document.querySelector('term-progress');
if (banner) {
  const load = () => import('./term-progress');
  if (hasStored(PROGRESS_KEY)) void load();
  else {
    const onFirstPress = (e: Event) => {
      const button = (e.target as Element).closest('button');
      if (!button) return;
      banner.removeEventListener('click', onFirstPress);
      void load().then(() => button.click());
    };
    banner.addEventListener('click', onFirstPress);
    addEventListener('storage', (e) => e.key === PROGRESS_KEY && void load());
  }
}
