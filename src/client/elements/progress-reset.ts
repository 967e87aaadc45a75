/** The "Reset my progress" button: forgets every visit and every understood term. */
import { emptyProgress } from '../progress/progress';
import { saveProgress } from '../progress/progress-store';

class ProgressReset extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')!.addEventListener('click', () => saveProgress(emptyProgress()));
  }
}
customElements.define('progress-reset', ProgressReset);
