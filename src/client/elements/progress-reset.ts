/**
 * "Reset my progress" on a guide: asks first, then forgets this path only (its understood steps,
 * its start and its best test score), and offers Undo, which puts back exactly what was there.
 */
import { resetPath } from '../progress/path-records';
import type { Progress } from '../progress/progress';
import { loadProgress, saveProgress } from '../progress/progress-store';

class ProgressReset extends HTMLElement {
  connectedCallback() {
    const path = this.getAttribute('path')!;
    const steps = this.getAttribute('steps')!.split(',');
    const button = (action: string) => this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
    const [start, confirm, cancel, undo] = [button('start'), button('confirm'), button('cancel'), button('undo')];
    const ask = this.querySelector<HTMLElement>('.ask')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const undone = this.querySelector<HTMLElement>('.undone')!;
    let before: Progress | undefined;
    const showAsk = (asking: boolean) => {
      ask.hidden = !asking;
      start.hidden = asking;
      (asking ? cancel : start).focus();
    };
    start.addEventListener('click', () => {
      undone.hidden = true;
      status.textContent = '';
      showAsk(true);
    });
    cancel.addEventListener('click', () => showAsk(false));
    confirm.addEventListener('click', () => {
      before = loadProgress();
      saveProgress(resetPath(before, path, steps));
      showAsk(false);
      status.textContent = 'Your progress on this path was reset.';
      undone.hidden = false;
      undo.focus();
    });
    undo.addEventListener('click', () => {
      if (before) saveProgress(before);
      before = undefined;
      undone.hidden = true;
      status.textContent = 'Your progress on this path is back.';
      start.focus();
    });
  }
}
customElements.define('progress-reset', ProgressReset);
