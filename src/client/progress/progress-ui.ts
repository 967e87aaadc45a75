/**
 * Learning-path progress on term, guide and guides-index pages: visited terms are remembered,
 * a reader can mark a term as understood, and paths show how far along they are. Kept in
 * localStorage only; with storage blocked it still works for the page, without persistence.
 */
import { emptyProgress, markVisited, parseProgress, pathProgress, PROGRESS_KEY, setUnderstood, type Progress } from './progress';

let memory: Progress | undefined;

function load(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return (memory ??= emptyProgress());
  }
}

function save(p: Progress): void {
  memory = p;
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    /* Blocked: this page keeps it in memory. */
  }
}

function render(): void {
  const p = load();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-understood]')) {
    const on = p.understood.includes(button.dataset['understood']!);
    button.setAttribute('aria-pressed', String(on));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-path-steps]')) {
    const { understood, visited, total } = pathProgress(p, el.dataset['pathSteps']!.split(','));
    el.textContent = `${understood} of ${total} understood · ${visited} visited`;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-step-status]')) {
    const slug = el.dataset['stepStatus']!;
    el.textContent = p.understood.includes(slug) ? 'Understood' : p.visited.includes(slug) ? 'Visited' : '';
    el.dataset['state'] = p.understood.includes(slug) ? 'understood' : p.visited.includes(slug) ? 'visited' : 'new';
  }
}

export function initProgress(): void {
  const page = document.querySelector<HTMLElement>('[data-visit-term]')?.dataset['visitTerm'];
  if (page) save(markVisited(load(), page));
  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const toggle = target?.closest<HTMLButtonElement>('[data-understood]');
    if (toggle) {
      const slug = toggle.dataset['understood']!;
      save(setUnderstood(load(), slug, toggle.getAttribute('aria-pressed') !== 'true'));
      render();
    }
    if (target?.closest('[data-progress-reset]')) {
      save(emptyProgress());
      render();
    }
  });
  // Another tab may have changed progress; so may the back/forward cache restoring this page.
  addEventListener('storage', (e) => e.key === PROGRESS_KEY && render());
  addEventListener('pageshow', render);
  render();
}
