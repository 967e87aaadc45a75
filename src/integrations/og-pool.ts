/**
 * A small pool of render workers (og-worker.ts) for card images. Workers start on the first job,
 * not before, so a build whose cards are all cached starts none. Each job is rendered once
 * however often it is asked for.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderSpec } from './og-fingerprint.ts';
import type { CardDrawing, RenderTimings } from './og-render.ts';

export interface JobMessage {
  id: number;
  drawing: CardDrawing;
  spec: RenderSpec;
  /** Where the worker writes the PNG. */
  file: string;
}

/** Tells a worker to render at low priority (while Astro works) or normal (when the build waits). */
export interface PriorityMessage {
  background: boolean;
}

/**
 * Asks a worker for the jobs it holds beyond its first `keep` not yet started; it answers with
 * their ids (`ReturnedMessage`), so that a worker started later can take them.
 */
export interface ReleaseMessage {
  keep: number;
}

export interface ReturnedMessage {
  returned: number[];
}

export interface WorkerOptions {
  background: boolean;
}

export type ResultMessage = { id: number } & (({ ok: true; bytes: number; cpuMs: number } & RenderTimings) | { ok: false; error: string });

export type Rendered = Extract<ResultMessage, { ok: true }>;

interface Pending {
  job: JobMessage;
  resolve: (result: Rendered) => void;
  reject: (error: Error) => void;
}

/**
 * Workers while the build runs: one core fewer than the machine has, at the lowest priority, so
 * that they draw cards on whatever time Astro (the critical path) leaves idle and step aside when
 * it needs a core. Once the build only waits for them, `grow()` allows one per core and puts every
 * worker back to normal priority; a worker starts only for work worth its start-up (loading the
 * renderer, fonts and WebAssembly, and compiling them), see `worthAnotherWorker`.
 */
export const backgroundPoolSize = () => Math.max(1, Number(process.env.OG_WORKERS) || availableParallelism() - 1);
export const foregroundPoolSize = () => Math.max(1, Number(process.env.OG_WORKERS) || availableParallelism());

/**
 * CPU time so far, in milliseconds summed over the machine's cores: the machine's idle and total
 * time, and the time this process (Astro and its render workers) used.
 */
export interface CpuTimes {
  idle: number;
  total: number;
  own: number;
}

function cpuTimes(): CpuTimes {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  const { user, system } = process.cpuUsage();
  return { idle, total, own: (user + system) / 1000 };
}

/** The CPU times when the build loaded this module (with its config). */
const cpuTimesAtLoad = cpuTimes();

/** A shorter look at the CPU times says little; the load average answers instead. */
const SHORTEST_LOOK_MS = 200;

/**
 * Whether the cores are free but for this build: other processes used less than half a core on
 * average since the build started (`since`). Low priority lets the workers use the time Astro
 * leaves idle without slowing it; on a machine busy with other work, low-priority workers would
 * only wait until the end of the build while the other work runs. This build's own CPU time does
 * not count: Astro's start-up and the first worker's loading keep both cores busy for moments, and
 * counted, they made an idle machine look busy and put the workers at normal priority against
 * Astro for the whole build. Not the load average alone either: its one-minute mean still counts a
 * build that has just ended.
 */
export function idleMachine(since: CpuTimes = cpuTimesAtLoad, now: CpuTimes = cpuTimes(), cores = cpus().length): boolean {
  const looked = now.total - since.total;
  if (looked < SHORTEST_LOOK_MS * cores) return loadavg()[0]! < availableParallelism();
  const othersBusy = looked - (now.idle - since.idle) - (now.own - since.own);
  return (othersBusy / looked) * cores < 0.5;
}

/**
 * Queued cards that make starting one more worker worth it: besides loading the renderer, a new
 * worker draws its first few dozen cards slowly while the engine compiles its code, and the
 * compiling takes CPU time of its own, so a short queue is done sooner by the workers already
 * running.
 */
const JOBS_PER_WORKER_START = 100;

/**
 * Jobs a worker holds at a time once the build waits for the cards: a short queue each keeps the
 * workers' shares even to the end. Before that a worker holds every job it is given, because this
 * thread, busy with Astro's work, may not answer it for seconds (reading the content, building
 * the glossary, bundling); `grow()` takes back what it has not started.
 */
const JOBS_HELD_WHILE_WAITED = 2;

export class RenderPool {
  /** Each worker's jobs sent and not yet answered, by job id. */
  private readonly sent = new Map<Worker, Map<number, Pending>>();
  private readonly queue: Pending[] = [];
  private readonly byFile = new Map<string, Promise<Rendered>>();
  /** Renders finished so far, by file. */
  readonly completed = new Map<string, Rendered>();
  private started = 0;
  private nextId = 1;
  private closed = false;
  private background: boolean;
  /** Whether the priority is still to be decided, when the first job comes (`decidePriority`). */
  private undecided: boolean;
  /** Whether the build waits for the cards (`grow()`). */
  private waited = false;

  /**
   * `background`: render at low priority until `grow()`. By default a worker started ahead of the
   * cards (`warmUp()`) starts low, and the first job decides: low only on an idle machine.
   */
  constructor(
    private size = backgroundPoolSize(),
    { background }: { background?: boolean } = {},
  ) {
    this.background = background ?? true;
    this.undecided = background === undefined;
  }

  /**
   * Decides the priority when the first job comes, the build having run a while by then: the
   * longer it has run, the better the CPU times tell whether other work competes for the cores.
   */
  private decidePriority() {
    if (!this.undecided) return;
    this.undecided = false;
    if (!idleMachine()) this.toForeground();
  }

  private toForeground() {
    if (!this.background) return;
    this.background = false;
    const priority: PriorityMessage = { background: false };
    for (const worker of this.sent.keys()) worker.postMessage(priority);
  }

  /** Renders a card into `file`, once per file however often it is asked. */
  render(drawing: CardDrawing, spec: RenderSpec, file: string): Promise<Rendered> {
    let result = this.byFile.get(file);
    if (!result) {
      if (this.closed) return Promise.reject(new Error('The card render pool is closed'));
      this.decidePriority();
      result = new Promise<Rendered>((resolve, reject) => {
        this.queue.push({ job: { id: this.nextId++, drawing, spec, file }, resolve, reject });
      });
      this.byFile.set(file, result);
      this.dispatch();
    }
    return result;
  }

  /** Starts a worker before the first job, so that it loads the renderer meanwhile. */
  warmUp() {
    if (this.started > 0 || this.closed) return;
    this.spawn().unref();
  }

  /**
   * Allows up to `size` workers from now on (never fewer than before), at normal priority. A worker
   * holding a long stretch of jobs hands back the ones it has not started, so that the jobs left are
   * shared evenly between it and any worker that starts now.
   */
  grow(size: number) {
    this.size = Math.max(this.size, size);
    this.undecided = false;
    this.toForeground();
    if (!this.waited) {
      this.waited = true;
      const release: ReleaseMessage = { keep: JOBS_HELD_WHILE_WAITED };
      for (const [worker, jobs] of this.sent) if (jobs.size > JOBS_HELD_WHILE_WAITED) worker.postMessage(release);
    }
    this.dispatch();
  }

  /** How many jobs each worker holds (sent to it and not answered yet). */
  holding(): number[] {
    return [...this.sent.values()].map((jobs) => jobs.size);
  }

  /** Every render asked for so far, settled. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.byFile.values()]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.settled();
    await Promise.all([...this.sent.keys()].map((worker) => worker.terminate()));
    this.sent.clear();
  }

  /**
   * Hands queued jobs to the workers, up to `inFlight()` each: a worker renders the jobs it holds
   * one after another, so it never waits for this thread (busy rendering pages) to send the next.
   */
  private dispatch() {
    while (this.queue.length) {
      const worker = this.leastLoaded() ?? (this.worthAnotherWorker() ? this.spawn() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.sent.get(worker)!.set(pending.job.id, pending);
      worker.ref();
      worker.postMessage(pending.job);
    }
  }

  /** Jobs a worker may hold (`JOBS_HELD_WHILE_WAITED`). */
  private inFlight(): number {
    return this.waited ? JOBS_HELD_WHILE_WAITED : Infinity;
  }

  /** The worker holding the fewest jobs, if it may take one more. */
  private leastLoaded(): Worker | undefined {
    let best: Worker | undefined;
    for (const [worker, jobs] of this.sent) if (jobs.size < this.inFlight() && (!best || jobs.size < this.sent.get(best)!.size)) best = worker;
    return best;
  }

  /**
   * The first job starts a worker; another starts only for a queue long enough to repay its
   * start-up (loading the renderer, fonts and WebAssembly costs as much as dozens of cards).
   */
  private worthAnotherWorker(): boolean {
    return this.started < this.size && (this.started === 0 || this.queue.length >= JOBS_PER_WORKER_START);
  }

  /** Puts jobs a worker handed back at the head of the queue, in their order, and hands them out again. */
  private requeue(held: Map<number, Pending>, ids: readonly number[]) {
    const returned = ids.flatMap((id) => held.get(id) ?? []);
    for (const pending of returned) held.delete(pending.job.id);
    this.queue.unshift(...returned);
    this.dispatch();
  }

  private spawn(): Worker {
    this.started++;
    // resvg's allocator (mimalloc, built into its native module) hands freed memory back to the
    // system soon after a render by default, so each card's canvas came from fresh pages, a page
    // fault per 4 KB; kept a second, the next card reuses them. mimalloc reads this when resvg
    // loads, in the worker, from the process's environment (https://microsoft.github.io/mimalloc/environment.html).
    process.env['MIMALLOC_PURGE_DELAY'] ??= '1000';
    const workerData: WorkerOptions = { background: this.background };
    const worker = new Worker(new URL('./og-worker.ts', import.meta.url), { workerData });
    const jobs = new Map<number, Pending>();
    this.sent.set(worker, jobs);
    worker.on('message', (message: ResultMessage | ReturnedMessage) => {
      if ('returned' in message) return this.requeue(jobs, message.returned);
      const pending = jobs.get(message.id);
      jobs.delete(message.id);
      // A worker with nothing to do never keeps the process alive (a build that fails exits at once).
      if (jobs.size === 0) worker.unref();
      if (message.ok && pending) {
        this.completed.set(pending.job.file, message);
        pending.resolve(message);
      } else if (pending && !message.ok) {
        pending.reject(new Error(`Rendering the card image ${pending.job.file} failed:\n${message.error}`));
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      // A crashed worker fails its jobs and leaves the pool; the others carry on.
      this.sent.delete(worker);
      this.started--;
      for (const pending of jobs.values()) pending.reject(error);
      this.dispatch();
    });
    return worker;
  }
}
