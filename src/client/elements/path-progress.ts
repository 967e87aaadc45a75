/** One learning path's progress: a bar and "2 of 7 understood · best test score 7 of 8". */
import { loadProgress, onProgressChange } from '../progress/progress-store';
import { progressLine } from '../progress/path-records';
import { pathProgress } from '../progress/progress';

class PathProgress extends HTMLElement {
  connectedCallback() {
    const path = this.getAttribute('path')!;
    const steps = this.getAttribute('steps')!.split(',');
    const bar = this.querySelector('progress')!;
    const line = this.querySelector('p')!;
    const show = () => {
      const p = loadProgress();
      bar.value = pathProgress(p, steps).understood;
      line.textContent = progressLine(p, path, steps);
    };
    onProgressChange(show);
    show();
  }
}
customElements.define('path-progress', PathProgress);
