/**
 * "Continue where you left off" on the guides list: once the reader has started a path, a link to
 * the next step they have not understood (or to the path's test when every step is).
 */
import { nextStep } from '../progress/path-records';
import { loadProgress, onProgressChange } from '../progress/progress-store';

class PathContinue extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a')!;
    const show = () => {
      const p = loadProgress();
      const guide = p.current ? this.querySelector<HTMLElement>(`[data-path="${p.current}"]`) : null;
      this.hidden = !guide;
      if (!guide) return;
      const steps = guide.dataset['steps']!.split(',');
      const next = nextStep(p, steps);
      const title = guide.dataset['title']!;
      const step = next ? guide.querySelector<HTMLElement>(`[data-step="${next}"]`)! : undefined;
      link.href = step ? step.dataset['href']! : `${guide.dataset['href']}#path-test`;
      link.textContent = step ? `${title}: next, ${step.dataset['title']}` : `${title}: every step understood, take the test`;
    };
    onProgressChange(show);
    show();
  }
}
customElements.define('path-continue', PathContinue);
