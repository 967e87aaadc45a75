/** A step of a learning path: says whether the reader has understood or visited its term. */
import { loadProgress, onProgressChange } from '../progress/progress-store';

class StepStatus extends HTMLElement {
  connectedCallback() {
    const term = this.getAttribute('term')!;
    const show = () => {
      const p = loadProgress();
      const state = p.understood.includes(term) ? 'understood' : p.visited.includes(term) ? 'visited' : 'new';
      this.dataset['state'] = state;
      this.textContent = state === 'understood' ? 'Understood' : state === 'visited' ? 'Visited' : '';
    };
    onProgressChange(show);
    show();
  }
}
customElements.define('step-status', StepStatus);
