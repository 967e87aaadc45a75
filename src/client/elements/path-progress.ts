/** One learning path's progress line: "2 of 7 understood · 3 visited". */
import { pathProgress } from '../progress/progress';
import { loadProgress, onProgressChange } from '../progress/progress-store';

class PathProgress extends HTMLElement {
  connectedCallback() {
    const steps = this.getAttribute('steps')!.split(',');
    const line = this.querySelector('p')!;
    const show = () => {
      const { understood, visited, total } = pathProgress(loadProgress(), steps);
      line.textContent = `${understood} of ${total} understood · ${visited} visited`;
    };
    onProgressChange(show);
    show();
  }
}
customElements.define('path-progress', PathProgress);
