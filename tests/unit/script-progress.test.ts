import { describe, expect, it } from 'vitest';
import { createProgress, formatElapsed, formatProgress, progressMode } from '../../scripts/lib/progress.mjs';

/** A stream that keeps what is written, and a clock the test moves. */
function harness(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, columns: 80, write: (text: string) => written.push(text) };
  let time = 1000;
  return { written, stream, now: () => time, advance: (ms: number) => (time += ms) };
}

describe('progress lines', () => {
  it('shows elapsed time as a clock', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(42_900)).toBe('0:42');
    expect(formatElapsed(725_000)).toBe('12:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('says which step, what is running, how far and for how long', () => {
    expect(formatProgress({ step: 2, steps: 4, label: '1000 terms, round 1/2, B', detail: 'rendering pages', count: 512, elapsedMs: 42_000 })).toBe('[2/4] 1000 terms, round 1/2, B · rendering pages 512 · 0:42');
    expect(formatProgress({ label: 'generating the corpus', detail: 'terms', count: 250, total: 1000, elapsedMs: 1_000 })).toBe('generating the corpus · terms 250/1000 · 0:01');
    expect(formatProgress({ label: 'shipped site', elapsedMs: 0 })).toBe('shipped site · 0:00');
  });

  it('is live on a terminal, steps in a log and silent in CI', () => {
    expect(progressMode({ isTTY: true }, {})).toBe('live');
    expect(progressMode({ isTTY: false }, {})).toBe('steps');
    expect(progressMode({ isTTY: true }, { CI: 'true' })).toBe('off');
    expect(progressMode({ isTTY: false }, { CI: 'false' })).toBe('steps');
  });
});

describe('progress reporter', () => {
  it('redraws one terminal line at most four times a second and clears it when done', () => {
    const h = harness(true);
    const progress = createProgress({ stream: h.stream, mode: progressMode(h.stream, {}), now: h.now });
    progress.update({ label: 'build', detail: 'rendering pages', count: 1 });
    h.advance(100);
    progress.update({ label: 'build', detail: 'rendering pages', count: 2 });
    h.advance(200);
    progress.update({ label: 'build', detail: 'rendering pages', count: 3 });
    progress.done();
    expect(h.written).toEqual(['\r\u001b[2Kbuild · rendering pages 1 · 0:00', '\r\u001b[2Kbuild · rendering pages 3 · 0:00', '\r\u001b[2K']);
  });

  it('writes a log line when the step changes or half a minute has passed, not for every page', () => {
    const h = harness(false);
    const progress = createProgress({ stream: h.stream, mode: progressMode(h.stream, {}), now: h.now });
    progress.update({ label: 'build', detail: 'bundling' });
    progress.update({ label: 'build', detail: 'rendering pages', count: 1 });
    h.advance(10_000);
    progress.update({ label: 'build', detail: 'rendering pages', count: 400 });
    h.advance(25_000);
    progress.update({ label: 'build', detail: 'rendering pages', count: 900 });
    progress.log('build: 36.0 s');
    expect(h.written).toEqual(['build · bundling · 0:00\n', 'build · rendering pages 1 · 0:00\n', 'build · rendering pages 900 · 0:35\n', 'build: 36.0 s\n']);
  });

  it('writes nothing in CI', () => {
    const h = harness(false);
    const progress = createProgress({ stream: h.stream, mode: 'off', now: h.now });
    progress.update({ label: 'build', detail: 'bundling' });
    progress.log('done');
    progress.done();
    expect(h.written).toEqual([]);
  });
});
