/**
 * A small pool of render workers for card images: each a process of its own (og-worker.ts) that
 * renders the jobs it is sent in order, two at once at low priority and one at a time on one core
 * at normal priority. Workers start on the first job, not before, so a build whose cards are all
 * cached starts none. Each job is rendered once however often it is asked for.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CardNode } from '../glossary/og-template.ts';
import type { RenderSpec } from './og-fingerprint.ts';

type Worker = ChildProcess;

export interface JobMessage {
  id: number;
  tree: CardNode;
  spec: RenderSpec;
  /** Where the worker writes the PNG. */
  file: string;
}

/** Names a file of jobs (`JobMessage[]` as JSON) for a worker to read and delete. */
export interface JobsFileMessage {
  jobsFile: string;
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

export type ResultMessage = { id: number } & ({ ok: true; bytes: number; cpuMs: number } | { ok: false; error: string });

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
 * worker back to normal priority; a worker starts only for work worth its start-up (starting
 * Node, loading the renderer and its fonts), see `worthAnotherWorker`.
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
 * Queued cards that make starting one more worker worth it: a new worker starts Node and loads
 * the renderer and its fonts, and draws its first cards slowly while it fills its glyph cache, so
 * a short queue is done sooner by the workers already running.
 */
const JOBS_PER_WORKER_START = 100;

/**
 * Jobs a worker holds at a time once the build waits for the cards: a short queue each keeps the
 * workers' shares even to the end. Before that a worker holds every job it is given, because this
 * thread, busy with Astro's work, may not answer it for seconds (reading the content, building
 * the glossary, bundling); `grow()` takes back what it has not started.
 */
const JOBS_HELD_WHILE_WAITED = 2;

/** Whether a worker keeps this process alive: only while it holds jobs, so a build that fails exits at once. */
function keepAlive(worker: Worker, alive: boolean) {
  if (alive) {
    worker.ref();
    worker.channel?.ref();
  } else {
    worker.unref();
    worker.channel?.unref();
  }
}

/**
 * Ends a worker, resolving once it has exited. The worker keeps this process alive until then: one
 * holding no jobs does not (`keepAlive`), and with nothing else pending the process would end while
 * its caller still waits, which Node reports as an unsettled top-level await (exit code 13).
 */
function stop(worker: Worker): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.ref();
  worker.kill();
  return exited;
}

export class RenderPool {
  /** Each worker's jobs sent and not yet answered, by job id. */
  private readonly sent = new Map<Worker, Map<number, Pending>>();
  private readonly queue: Pending[] = [];
  private readonly byFile = new Map<string, Promise<Rendered>>();
  /** Renders finished so far, by file. */
  readonly completed = new Map<string, Rendered>();
  /** Jobs that workers have handed back so far (`grow()`), not having started them. */
  handedBack = 0;
  private started = 0;
  private nextId = 1;
  private nextBatch = 1;
  private dispatchScheduled = false;
  /** Files of jobs sent to workers (`sendJobs`). */
  private readonly spooled = new Set<string>();
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
    for (const worker of this.sent.keys()) worker.send(priority);
  }

  /** Renders a card into `file`, once per file however often it is asked. */
  render(tree: CardNode, spec: RenderSpec, file: string): Promise<Rendered> {
    let result = this.byFile.get(file);
    if (!result) {
      if (this.closed) return Promise.reject(new Error('The card render pool is closed'));
      this.decidePriority();
      result = new Promise<Rendered>((resolve, reject) => {
        this.queue.push({ job: { id: this.nextId++, tree, spec, file }, resolve, reject });
      });
      this.byFile.set(file, result);
      this.dispatchSoon();
    }
    return result;
  }

  /**
   * Dispatches once the code asking for renders is done asking: the content loader asks for
   * thousands in one go, and they go to a worker in one batch (`sendJobs`).
   */
  private dispatchSoon() {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    queueMicrotask(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  /** Starts a worker before the first job, so that it loads the renderer meanwhile. */
  warmUp() {
    if (this.started > 0 || this.closed) return;
    keepAlive(this.spawn(), false);
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
      for (const [worker, jobs] of this.sent) if (jobs.size > JOBS_HELD_WHILE_WAITED) worker.send(release);
    }
    this.dispatch();
  }

  /** The workers' process ids. */
  workerPids(): number[] {
    return [...this.sent.keys()].flatMap((worker) => worker.pid ?? []);
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
    await Promise.all([...this.sent.keys()].map(stop));
    this.sent.clear();
    // A worker deletes each file of jobs as it reads it; one that died first leaves its file.
    for (const file of this.spooled) rmSync(file, { force: true });
  }

  /**
   * Hands queued jobs to the workers, up to `inFlight()` each: a worker renders the jobs it holds
   * one after another, so it never waits for this thread (busy rendering pages) to send the next.
   */
  private dispatch() {
    const batches = new Map<Worker, JobMessage[]>();
    while (this.queue.length) {
      const worker = this.leastLoaded() ?? (this.worthAnotherWorker() ? this.spawn() : undefined);
      if (!worker) break;
      const pending = this.queue.shift()!;
      this.sent.get(worker)!.set(pending.job.id, pending);
      const batch = batches.get(worker) ?? [];
      batch.push(pending.job);
      batches.set(worker, batch);
    }
    for (const [worker, jobs] of batches) this.sendJobs(worker, jobs);
  }

  /**
   * Sends jobs to a worker: one in a message, more in a file that the message names. The pipe to a
   * worker holds a few dozen cards; the rest of a long message waits for this thread's event loop,
   * which Astro's work keeps busy for seconds, so a worker sent thousands of cards in messages would
   * get a few dozen and then wait. A file is written at once, and the worker reads it whole.
   */
  private sendJobs(worker: Worker, jobs: JobMessage[]) {
    keepAlive(worker, true);
    if (jobs.length === 1) {
      worker.send(jobs[0]!);
      return;
    }
    const file = join(tmpdir(), `lexicon-og-jobs-${process.pid}-${this.nextBatch++}.json`);
    writeFileSync(file, JSON.stringify(jobs));
    this.spooled.add(file);
    const message: JobsFileMessage = { jobsFile: file };
    worker.send(message);
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
   * start-up (`JOBS_PER_WORKER_START`).
   */
  private worthAnotherWorker(): boolean {
    return this.started < this.size && (this.started === 0 || this.queue.length >= JOBS_PER_WORKER_START);
  }

  /** Puts jobs a worker handed back at the head of the queue, in their order, and hands them out again. */
  private requeue(held: Map<number, Pending>, ids: readonly number[]) {
    const returned = ids.flatMap((id) => held.get(id) ?? []);
    for (const pending of returned) held.delete(pending.job.id);
    this.handedBack += returned.length;
    this.queue.unshift(...returned);
    this.dispatch();
  }

  private spawn(): Worker {
    this.started++;
    const worker = fork(new URL('./og-worker.ts', import.meta.url), this.background ? ['--background'] : [], {
      // Not this process's flags (a test runner's, say): the worker needs none.
      execArgv: [],
      // One core per worker: the pool decides how many cores render. Rayon, which the renderer
      // draws with, would otherwise start a thread per core in every worker.
      env: { ...process.env, RAYON_NUM_THREADS: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const jobs = new Map<number, Pending>();
    this.sent.set(worker, jobs);
    worker.on('message', (message: ResultMessage | ReturnedMessage) => {
      if ('returned' in message) return this.requeue(jobs, message.returned);
      const pending = jobs.get(message.id);
      jobs.delete(message.id);
      // A worker with nothing to do never keeps the process alive (a build that fails exits at once).
      if (jobs.size === 0) keepAlive(worker, false);
      if (message.ok && pending) {
        this.completed.set(pending.job.file, message);
        pending.resolve(message);
      } else if (pending && !message.ok) {
        pending.reject(new Error(`Rendering the card image ${pending.job.file} failed:\n${message.error}`));
      }
      this.dispatch();
    });
    // A worker that cannot start or ends early fails its jobs and leaves the pool; the others carry on.
    const lost = (error: Error) => {
      if (!this.sent.delete(worker)) return;
      this.started--;
      for (const pending of jobs.values()) pending.reject(error);
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code, signal) => lost(new Error(`A card render process ended (${signal ?? `exit code ${code}`}) before it finished its cards`)));
    return worker;
  }
}
