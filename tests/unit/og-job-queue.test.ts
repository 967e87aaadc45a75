import { describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/integrations/og-job-queue';

/** A queue whose jobs end only when the test says, recording what started and what finished. */
function queueWith(limit: () => number) {
  const started: string[] = [];
  const finished: string[] = [];
  const endings = new Map<string, () => void>();
  const queue = new JobQueue<string, string>(
    (job) => {
      started.push(job);
      return new Promise((resolve) => endings.set(job, () => resolve(`${job} done`)));
    },
    (result) => finished.push(result),
    limit,
  );
  /** Ends a job and lets the queue react: its `then` runs before the next turn of the event loop. */
  const end = async (job: string) => {
    endings.get(job)!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { queue, started, finished, end };
}

describe('JobQueue (the jobs a render process holds)', () => {
  it('starts up to the limit at once, in order, and the next as soon as one ends', async () => {
    const { queue, started, finished, end } = queueWith(() => 2);
    queue.add(['a', 'b', 'c', 'd']);
    expect(started).toEqual(['a', 'b']);
    expect([queue.underWay, queue.waiting]).toEqual([2, 2]);
    await end('b');
    expect(finished).toEqual(['b done']);
    expect(started).toEqual(['a', 'b', 'c']);
    await end('a');
    await end('c');
    await end('d');
    expect(finished).toEqual(['b done', 'a done', 'c done', 'd done']);
    expect([queue.underWay, queue.waiting]).toEqual([0, 0]);
  });

  it('applies a lower limit from the next start on, without stopping what is under way', async () => {
    let limit = 2;
    const { queue, started, end } = queueWith(() => limit);
    queue.add(['a', 'b', 'c', 'd']);
    limit = 1;
    await end('a');
    expect(started).toEqual(['a', 'b']);
    expect(queue.underWay).toBe(1);
    await end('b');
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('counts a job as under way from the moment it is handed over', () => {
    const seen: number[] = [];
    const queue: JobQueue<number, number> = new JobQueue<number, number>(
      () => {
        seen.push(queue.underWay);
        return new Promise(() => {});
      },
      () => {},
      () => 2,
    );
    queue.add([1, 2, 3]);
    expect(seen).toEqual([1, 2]);
  });

  it('hands back the jobs not started beyond the first kept, and never one under way', () => {
    const { queue, started } = queueWith(() => 1);
    queue.add(['a', 'b', 'c', 'd', 'e']);
    expect(queue.release(2)).toEqual(['d', 'e']);
    expect(started).toEqual(['a']);
    expect(queue.waiting).toBe(2);
  });
});
