/**
 * The jobs a render process (og-worker.ts) holds: started in the order they came, while fewer than
 * a limit are under way, each next one as soon as one ends. The limit is asked afresh each time, so
 * a change (the worker's priority) applies from the next start on.
 */
export class JobQueue<Job, Result> {
  private readonly held: Job[] = [];
  #underWay = 0;
  // Fields, not constructor parameter properties: Node runs the render process's files with type
  // stripping, which leaves out TypeScript syntax that would need compiling.
  private readonly run: (job: Job) => Promise<Result>;
  private readonly finished: (result: Result) => void;
  private readonly limit: () => number;

  constructor(run: (job: Job) => Promise<Result>, finished: (result: Result) => void, limit: () => number) {
    this.run = run;
    this.finished = finished;
    this.limit = limit;
  }

  /** Jobs started and not yet finished, counting one that `run` has just been handed. */
  get underWay(): number {
    return this.#underWay;
  }

  /** Jobs held and not started yet. */
  get waiting(): number {
    return this.held.length;
  }

  add(jobs: readonly Job[]): void {
    this.held.push(...jobs);
    this.startHeld();
  }

  /** Takes back the jobs not started beyond the first `keep`, in their order. */
  release(keep: number): Job[] {
    return this.held.splice(keep);
  }

  private startHeld() {
    while (this.held.length && this.#underWay < this.limit()) {
      this.#underWay++;
      void this.run(this.held.shift()!).then((result) => {
        this.#underWay--;
        this.finished(result);
        this.startHeld();
      });
    }
  }
}
