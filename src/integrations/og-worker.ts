/**
 * A render process: takes card jobs from og-pool.ts, renders each (og-render.ts) and writes the
 * PNG into the cache, then reports its size and CPU time. A process of its own rather than a
 * worker thread, because the renderer works on threads of its own (libuv's pool and Rayon's), and
 * only a process of its own lets the pool set the priority of all of them and none of Astro's.
 * Node runs this file directly (type stripping), hence the `.ts` imports.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { JobQueue } from './og-job-queue.ts';
import { renderCard } from './og-render.ts';
import type { JobMessage, JobsFileMessage, PriorityMessage, ReleaseMessage, ResultMessage, ReturnedMessage } from './og-pool.ts';

/**
 * Sets the nice value of every thread of this process. On Linux the nice value belongs to the
 * thread (https://man7.org/linux/man-pages/man2/setpriority.2.html), and a thread starts with its
 * creator's, so threads the renderer starts later follow. Elsewhere the process renders at normal
 * priority. Going back up may need a privilege the build lacks; the process then stays low, which
 * only matters when something else competes for the cores.
 */
function prioritise(background: boolean) {
  if (process.platform !== 'linux') return;
  for (const thread of readdirSync('/proc/self/task')) {
    try {
      setPriority(Number(thread), background ? 19 : 0);
    } catch {
      // No permission, or the thread has ended: render at whatever it has.
    }
  }
}

let background = process.argv.includes('--background');
prioritise(background);

const send = (message: ResultMessage | ReturnedMessage) => process.send?.(message);

/**
 * Renders under way at once: two at low priority, one at normal. The renderer draws on a thread of
 * its own while this process's main thread waits; when a render ends, the main thread sends the
 * result and starts the next, and at low priority it waits for a core whenever Astro's threads hold
 * them, leaving the renderer's thread with nothing to draw. A second render already under way draws
 * meanwhile, on time Astro leaves idle. At normal priority the main thread gets a core at once, and
 * one render at a time keeps the worker to one core.
 */
const rendersAtOnce = () => (background ? 2 : 1);

/**
 * The process's CPU time when the last render ended, or when a render began with none under way:
 * each card is charged the time since, so the cards' times add up to the process's time spent
 * rendering, however many renders overlap.
 */
let charged: NodeJS.CpuUsage | undefined;

/** Renders a job into its file and says how it went. */
async function render({ id, tree, spec, file }: JobMessage): Promise<ResultMessage> {
  if (queue.underWay === 1) charged = process.cpuUsage();
  try {
    const png = await renderCard(tree, spec);
    const cpu = process.cpuUsage(charged);
    charged = process.cpuUsage();
    // Written beside its name and then renamed: a build running next to this one (another
    // checkout sharing the cache) sees the whole file or none.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return { id, ok: true, bytes: png.length, cpuMs: (cpu.user + cpu.system) / 1000 };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const queue = new JobQueue<JobMessage, ResultMessage>(render, send, rendersAtOnce);

/** The jobs of a file the pool wrote, which only this worker reads: deleted once read. */
function readJobsFile(file: string): JobMessage[] {
  const read = JSON.parse(readFileSync(file, 'utf8')) as JobMessage[];
  rmSync(file, { force: true });
  return read;
}

process.on('message', (message: JobMessage | JobsFileMessage | PriorityMessage | ReleaseMessage) => {
  if ('background' in message) {
    background = message.background;
    return prioritise(background);
  }
  if ('keep' in message) return send({ returned: queue.release(message.keep).map((job) => job.id) });
  queue.add('jobsFile' in message ? readJobsFile(message.jobsFile) : [message]);
});

// The build has ended or crashed: nothing is left to render for.
process.on('disconnect', () => process.exit(0));
