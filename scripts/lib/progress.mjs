// Progress of long-running scripts (bench, corpus site, corpus generation), so a person can see
// what is running and that it is alive. On a terminal one status line is rewritten in place; in
// a log (not a terminal) a line is printed when the step changes and every half minute within a
// long step; with CI set, nothing.
// Progress goes to stderr: stdout stays for results.

/** "0:42", "12:05", "1:02:03": elapsed time as a clock. */
export function formatElapsed(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * One status line: "[2/4] 1000 terms, A · rendering routes 512 · 0:42".
 * @param {{ step?: number, steps?: number, label: string, detail?: string, count?: number, total?: number, elapsedMs: number }} p
 */
export function formatProgress({ step, steps, label, detail, count, total, elapsedMs }) {
  const position = step !== undefined && steps !== undefined ? `[${step}/${steps}] ` : '';
  const counted = count === undefined ? '' : total === undefined ? ` ${count}` : ` ${count}/${total}`;
  return `${position}${label}${detail ? ` · ${detail}${counted}` : counted} · ${formatElapsed(elapsedMs)}`;
}

/**
 * @typedef {{ isTTY?: boolean, columns?: number, write(text: string): unknown }} ProgressStream
 * @typedef {'live' | 'steps' | 'off'} ProgressMode
 */

/**
 * How progress is shown on this stream: 'live' (terminal), 'steps' (a log) or 'off' (CI).
 * @param {{ isTTY?: boolean }} [stream]
 * @param {Record<string, string | undefined>} [env]
 * @returns {ProgressMode}
 */
export function progressMode(stream = process.stderr, env = process.env) {
  if (env.CI && env.CI !== 'false') return 'off';
  return stream.isTTY ? 'live' : 'steps';
}

const LOG_EVERY_MS = 30_000;

/**
 * A progress reporter. `update` may be called often (every page rendered): a terminal is redrawn
 * at most a few times a second, and a log gets a line when `step`/`label`/`detail` change or
 * half a minute has passed.
 */
/** @param {{ stream?: ProgressStream, mode?: ProgressMode, now?: () => number }} [options] */
export function createProgress({ stream = process.stderr, mode = progressMode(stream), now = () => Date.now() } = {}) {
  const started = now();
  let shown = '';
  let lastDraw = 0;
  let lastStep = '';
  let lastLine = 0;
  let live = false;
  const clear = () => {
    if (live) stream.write('\r\u001b[2K');
    live = false;
  };
  return {
    /** @param {Omit<Parameters<typeof formatProgress>[0], 'elapsedMs'> & { since?: number }} p */
    update(p) {
      if (mode === 'off') return;
      const elapsedMs = now() - (p.since ?? started);
      if (mode === 'steps') {
        const step = `${p.step ?? ''}/${p.label}/${p.detail ?? ''}`;
        if (step === lastStep && now() - lastLine < LOG_EVERY_MS) return;
        lastStep = step;
        lastLine = now();
        stream.write(`${formatProgress({ ...p, elapsedMs })}\n`);
        return;
      }
      if (now() - lastDraw < 250) return;
      lastDraw = now();
      const text = formatProgress({ ...p, elapsedMs });
      if (text === shown) return;
      shown = text;
      stream.write(`\r\u001b[2K${text.slice(0, (stream.columns ?? 120) - 1)}`);
      live = true;
    },
    /** A line that stays (a finished step), printed in every mode but 'off'. */
    log(text) {
      if (mode === 'off') return;
      clear();
      stream.write(`${text}\n`);
    },
    /** Removes the live line (before printing results). */
    done() {
      clear();
    },
  };
}
