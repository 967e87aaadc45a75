/**
 * A term page's place in the learning paths: shows the path the reader is following (of those the
 * term is in), and the "I understand this term" toggle, which marks the term and starts that path.
 * Reading the page stores nothing.
 */
import { pathProgress, pathToShow, setUnderstood } from '../progress/progress';
import { loadProgress, onProgressChange, saveProgress } from '../progress/progress-store';

class TermProgress extends HTMLElement {
  connectedCallback() {
    const term = this.getAttribute('term')!;
    const toggle = this.querySelector('button')!;
    const paths = [...this.querySelectorAll<HTMLElement>('[data-path]')];
    const shown = () => paths.find((el) => !el.hidden);
    const show = () => {
      const p = loadProgress();
      const path = pathToShow(p, paths.map((el) => el.dataset['path']!));
      for (const el of paths) el.hidden = el.dataset['path'] !== path;
      toggle.setAttribute('aria-pressed', String(p.understood.includes(term)));
    };
    onProgressChange(show);
    show();
    toggle.addEventListener('click', () => {
      const el = shown();
      const p = setUnderstood(loadProgress(), term, toggle.ariaPressed !== 'true', el?.dataset['path']);
      saveProgress(p);
      // The moment a path is complete: say so, with the way on (its test) and back (the guide).
      // Shown inside a live region that is always there, so screen readers hear it.
      const done = el?.querySelector<HTMLElement>('.complete span');
      if (done && pathProgress(p, el!.dataset['steps']!.split(',')).complete) done.hidden = false;
    });
  }
}
customElements.define('term-progress', TermProgress);
