/**
 * The scenario lab's time slider. The page already shows the whole visit; this moves a moment
 * through it: what lies after the moment fades, each lane says how many sessions and hits it had
 * so far, and the slider's value text says the same in words. Arrow keys and the Back/Next buttons
 * step from one moment to the next (a step, a session starting or ending); Page Up/Down move ten
 * minutes; Home/End; a pointer drags anywhere on the track.
 */
interface Moment {
  t: number;
  w: string;
}

const PAGE_SECONDS = 600;
/** A pointer lands on a moment when it is this close to it, in pixels. */
const SNAP_PX = 8;

const offsetText = (seconds: number) => {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

class ScenarioLab extends HTMLElement {
  #end = 0;
  #now = 0;
  #moments: Moment[] = [];
  #lanes: string[] = [];
  #clock: Intl.DateTimeFormat | null = null;
  #startMs = 0;
  #slider: HTMLElement | null = null;

  connectedCallback() {
    const slider = this.querySelector<HTMLElement>('[role="slider"]');
    if (!slider) return;
    this.#slider = slider;
    this.#end = Number(this.dataset['end']);
    this.#startMs = Number(this.dataset['startMs']);
    try {
      this.#moments = JSON.parse(this.dataset['moments'] ?? '[]') as Moment[];
      this.#lanes = JSON.parse(this.dataset['lanes'] ?? '[]') as string[];
      this.#clock = new Intl.DateTimeFormat('en-GB', { timeZone: this.dataset['timeZone'], hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch {
      return;
    }
    slider.addEventListener('keydown', (e) => this.#key(e));
    slider.addEventListener('pointerdown', (e) => {
      slider.setPointerCapture(e.pointerId);
      slider.focus();
      this.#point(e);
    });
    slider.addEventListener('pointermove', (e) => {
      if (slider.hasPointerCapture(e.pointerId)) this.#point(e);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-step]')) {
      button.addEventListener('click', () => this.#set(this.#neighbour(Number(button.dataset['step']))));
    }
    this.#set(this.#end);
  }

  /** The next (+1) or previous (−1) moment from now, or the end/start when there is none. */
  #neighbour(direction: number): number {
    if (direction > 0) return this.#moments.find((m) => m.t > this.#now)?.t ?? this.#end;
    return this.#moments.findLast((m) => m.t < this.#now)?.t ?? 0;
  }

  #key(e: KeyboardEvent) {
    const next: Record<string, () => number> = {
      ArrowRight: () => this.#neighbour(1),
      ArrowUp: () => this.#neighbour(1),
      ArrowLeft: () => this.#neighbour(-1),
      ArrowDown: () => this.#neighbour(-1),
      PageUp: () => this.#now + PAGE_SECONDS,
      PageDown: () => this.#now - PAGE_SECONDS,
      Home: () => 0,
      End: () => this.#end,
    };
    const to = next[e.key];
    if (!to) return;
    e.preventDefault();
    this.#set(to());
  }

  #point(e: PointerEvent) {
    const box = this.#slider!.getBoundingClientRect();
    if (!box.width) return;
    const x = Math.min(box.width, Math.max(0, e.clientX - box.left));
    const near = this.#moments.find((m) => Math.abs((m.t / this.#end) * box.width - x) <= SNAP_PX);
    this.#set(near ? near.t : Math.round((x / box.width) * this.#end));
  }

  #set(seconds: number) {
    const now = Math.min(this.#end, Math.max(0, Math.round(seconds)));
    this.#now = now;
    const pct = `${(now / this.#end) * 100}%`;
    const slider = this.#slider!;
    slider.querySelector<HTMLElement>('.lab-thumb')?.style.setProperty('left', pct);
    for (const line of this.querySelectorAll('.lab-playhead')) {
      line.setAttribute('x1', pct);
      line.setAttribute('x2', pct);
    }
    for (const mark of this.querySelectorAll<SVGElement>('[data-t]')) mark.classList.toggle('is-future', Number(mark.dataset['t']) > now);

    const counts: string[] = [];
    this.querySelectorAll<HTMLElement>('[data-lane]').forEach((lane, i) => {
      const sessions = [...lane.querySelectorAll<SVGElement>('.lab-session')];
      let started = 0;
      for (const s of sessions) {
        const future = Number(s.dataset['start']) > now;
        s.classList.toggle('is-future', future);
        if (!future) started++;
      }
      const hits = (lane.dataset['hits'] ?? '').split(' ').filter((t) => t !== '' && Number(t) <= now).length;
      const soFar = lane.querySelector('.lab-so-far');
      const word = lane.dataset['word'] ?? 'session';
      if (soFar) soFar.textContent = `so far: ${plural(started, word, `${word}s`)}, ${plural(hits, 'hit', 'hits')}`;
      counts.push(`${this.#lanes[i] ?? ''} ${started}`);
    });

    const here = this.#moments.find((m) => m.t === now);
    const clock = this.#clock?.format(this.#startMs + now * 1000) ?? '';
    const what = here ? here.w : now >= this.#end ? 'after the last step' : 'nothing happens at this moment';
    const text = `${offsetText(now)} (${clock}): ${what}.`;
    const nowLine = this.querySelector('.lab-now');
    if (nowLine) nowLine.textContent = text;
    slider.setAttribute('aria-valuenow', String(now));
    slider.setAttribute('aria-valuetext', `${text} Sessions so far: ${counts.join(', ')}.`);
  }
}

customElements.define('scenario-lab', ScenarioLab);

export {};
