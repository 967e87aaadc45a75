/**
 * A render worker: takes card jobs from og-pool.ts, renders each (og-render.ts) and writes the
 * PNG into the cache, then reports its size and timings. Node runs this file directly (type
 * stripping), hence the `.ts` import.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { renderCard } from './og-render.ts';
import type { JobMessage, PriorityMessage, ReleaseMessage, ResultMessage, ReturnedMessage, WorkerOptions } from './og-pool.ts';

/**
 * Sets this thread's nice value. On Linux the nice value belongs to the thread, so this leaves
 * Astro's threads alone (https://man7.org/linux/man-pages/man2/setpriority.2.html; a unit test
 * checks it); elsewhere it would lower the whole build, so other systems render at normal
 * priority. Going back up may need a privilege the build lacks; the worker then stays low, which
 * only matters when something else competes for the cores.
 */
function prioritise(background: boolean) {
  if (process.platform !== 'linux') return;
  try {
    setPriority(background ? 19 : 0);
  } catch {
    // No permission, or a system without per-thread priorities: render at whatever we have.
  }
}

prioritise((workerData as WorkerOptions | undefined)?.background ?? false);

/** Renders a job into its file and says how it went. */
async function render({ id, drawing, spec, file }: JobMessage): Promise<ResultMessage> {
  try {
    const cpuBefore = process.threadCpuUsage();
    const { png, timings } = await renderCard(drawing, spec);
    const cpu = process.threadCpuUsage(cpuBefore);
    // Written beside its name and then renamed: a build running next to this one (another
    // checkout sharing the cache) sees the whole file or none.
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return { id, ok: true, bytes: png.length, cpuMs: (cpu.user + cpu.system) / 1000, ...timings };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const jobs: JobMessage[] = [];
let rendering = false;

/**
 * Renders the jobs held, one at a time, in the order they came. Between two jobs the thread
 * returns to its event loop: a change of priority takes effect, and the renderer's native memory
 * of the last card is freed (resvg's objects release it in finalizers, which run only there).
 */
async function renderHeldJobs() {
  rendering = true;
  while (jobs.length) {
    parentPort?.postMessage(await render(jobs.shift()!));
    await new Promise((resolve) => setImmediate(resolve));
  }
  rendering = false;
}

parentPort?.on('message', (message: JobMessage | PriorityMessage | ReleaseMessage) => {
  if ('background' in message) return prioritise(message.background);
  if ('keep' in message) {
    const returned: ReturnedMessage = { returned: jobs.splice(message.keep).map((job) => job.id) };
    return parentPort?.postMessage(returned);
  }
  jobs.push(message);
  if (!rendering) void renderHeldJobs();
});
