/**
 * The behaviour of "Check yourself" and of a path's test (loaded lazily by QuizCheck.astro). The
 * first choice in a question is the answer: it shows right or wrong, the explanation and the terms
 * involved, and is said in the polite live region. Only answering stores anything: the answer
 * (`lexicon:quiz`), and for a finished test the path's best score (`lexicon:progress`).
 */
import { recordScore } from '../progress/path-records';
import { loadProgress, saveProgress } from '../progress/progress-store';
import { missedTerms } from '../quiz/quiz-results';
import { saveAnswer } from '../quiz/quiz-store';

interface Asked {
  term: string;
  right: boolean;
}

class QuizCheck extends HTMLElement {
  private asked = new Map<HTMLFieldSetElement, Asked>();
  private result!: HTMLElement;

  connectedCallback() {
    this.result = this.querySelector('.result')!;
    const form = this.querySelector('form')!;
    // Arrow keys move the choice within a question, so a choice made by an arrow is not yet an
    // answer: Enter or Space answers it. A click, a tap or Space on an unchosen option answers at once.
    let arrowed = false;
    form.addEventListener('keydown', (e) => {
      arrowed = e.key.startsWith('Arrow');
      const input = e.target as HTMLInputElement;
      if ((e.key === 'Enter' || e.key === ' ') && input.checked) {
        e.preventDefault();
        this.answer(input);
      }
    });
    form.addEventListener('pointerdown', () => (arrowed = false));
    form.addEventListener('change', (e) => {
      if (!arrowed) this.answer(e.target as HTMLInputElement);
      arrowed = false;
    });
    form.addEventListener('submit', (e) => e.preventDefault());
    this.querySelector('[data-action="retry"]')?.addEventListener('click', () => this.retry());
    // A choice made before this code arrived counts too.
    for (const input of form.querySelectorAll<HTMLInputElement>('input:checked')) this.answer(input);
  }

  private fieldsets = () => [...this.querySelectorAll<HTMLFieldSetElement>('fieldset')];

  private answer(input: HTMLInputElement) {
    const fieldset = input.closest('fieldset')!;
    if (this.asked.has(fieldset)) return;
    const answer = Number(fieldset.dataset['answer']);
    const right = Number(input.value) === answer;
    const options = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
    options.forEach((option, i) => {
      option.disabled = option !== input;
      option.parentElement!.classList.toggle('correct', i === answer);
      option.parentElement!.classList.toggle('wrong', option === input && !right);
    });
    const correct = options[answer]!.parentElement!.textContent!.trim();
    const verdict = fieldset.querySelector('.verdict')!;
    verdict.classList.remove('right', 'wrong');
    verdict.classList.add(right ? 'right' : 'wrong');
    verdict.textContent = right ? '✓ Right.' : `✗ Not quite: you chose “${input.parentElement!.textContent!.trim()}”.`;
    const details = fieldset.querySelector('details')!;
    details.classList.add('shown');
    details.open = true;
    this.asked.set(fieldset, { term: fieldset.dataset['title']!, right });
    saveAnswer(fieldset.dataset['id']!, right);
    this.say(`${right ? 'Right.' : `Not quite: the answer is “${correct}”.`} ${this.score()}`);
  }

  /** "2 of 3 answered" while answering; the score, and for a test the review, once all are. */
  private score(): string {
    const all = this.fieldsets();
    const rightCount = [...this.asked.values()].filter((a) => a.right).length;
    if (this.asked.size < all.length) return `${this.asked.size} of ${all.length} answered.`;
    const path = this.getAttribute('path');
    if (this.getAttribute('kind') !== 'test' || !path) return `You got ${rightCount} of ${all.length} right.`;
    saveProgress(recordScore(loadProgress(), path, { score: rightCount, total: all.length }));
    this.showReview(all);
    const best = loadProgress().paths[path]?.best;
    return `You scored ${rightCount} of ${all.length}.${best ? ` Your best: ${best.score} of ${best.total}.` : ''}`;
  }

  private showReview(all: HTMLFieldSetElement[]) {
    const review = this.querySelector<HTMLElement>('.review');
    if (!review) return;
    const asked = all.map((f) => ({ term: f.dataset['href']!, right: this.asked.get(f)!.right }));
    const titles = new Map(all.map((f) => [f.dataset['href']!, f.dataset['title']!]));
    const missed = missedTerms(asked);
    const list = review.querySelector('ul')!;
    list.replaceChildren(
      ...missed.map((href) => {
        const item = document.createElement('li');
        const link = item.appendChild(document.createElement('a'));
        link.href = href;
        link.textContent = titles.get(href)!;
        return item;
      }),
    );
    review.querySelector('h3')!.textContent = missed.length ? `To review (${missed.length})` : 'Nothing to review: every answer was right.';
    review.hidden = false;
  }

  private retry() {
    this.asked.clear();
    for (const fieldset of this.fieldsets()) {
      for (const input of fieldset.querySelectorAll('input')) {
        input.checked = false;
        input.disabled = false;
        input.parentElement!.classList.remove('correct', 'wrong');
      }
      fieldset.querySelector('.verdict')!.textContent = '';
      const details = fieldset.querySelector('details')!;
      details.classList.remove('shown');
      details.open = false;
    }
    this.querySelector<HTMLElement>('.review')!.hidden = true;
    this.say('');
    this.querySelector('input')!.focus();
  }

  private say(text: string) {
    this.result.textContent = text;
  }
}
customElements.define('quiz-check', QuizCheck);
