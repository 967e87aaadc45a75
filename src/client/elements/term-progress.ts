/**
 * A term page's progress: visiting the page records the visit, and the "I understand this term"
 * toggle inside marks it understood (or not) for the learning paths.
 */
import { markVisited, setUnderstood } from '../progress/progress';
import { loadProgress, onProgressChange, saveProgress } from '../progress/progress-store';

class TermProgress extends HTMLElement {
  connectedCallback() {
    const term = this.getAttribute('term')!;
    const toggle = this.querySelector('button')!;
    const show = () => toggle.setAttribute('aria-pressed', String(loadProgress().understood.includes(term)));
    onProgressChange(show);
    // Saving the visit notifies every progress element, this one included, so the toggle shows its state.
    saveProgress(markVisited(loadProgress(), term));
    toggle.addEventListener('click', () => saveProgress(setUnderstood(loadProgress(), term, toggle.ariaPressed !== 'true')));
  }
}
customElements.define('term-progress', TermProgress);
