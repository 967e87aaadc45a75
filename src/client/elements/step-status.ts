/**
 * A step of a learning path on its guide page: a toggle to mark the step's term understood there,
 * which also starts the path.
 */
import { setUnderstood } from '../progress/progress';
import { loadProgress, onProgressChange, saveProgress } from '../progress/progress-store';

class StepStatus extends HTMLElement {
  connectedCallback() {
    const term = this.getAttribute('term')!;
    const path = this.getAttribute('path')!;
    const toggle = this.querySelector('button')!;
    const show = () => {
      const understood = loadProgress().understood.includes(term);
      toggle.setAttribute('aria-pressed', String(understood));
      this.dataset['state'] = understood ? 'understood' : 'new';
    };
    onProgressChange(show);
    show();
    toggle.addEventListener('click', () => saveProgress(setUnderstood(loadProgress(), term, toggle.ariaPressed !== 'true', path)));
  }
}
customElements.define('step-status', StepStatus);
