/**
 * A render worker: takes card jobs from og-pool.ts, renders each (og-render.ts) and writes the
 * PNG into the cache, then reports its size and timings. Node runs this file directly (type
 * stripping), hence the `.ts` import.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import { renderCard } from './og-render.ts';
import type { JobMessage, ResultMessage } from './og-pool.ts';

parentPort?.on('message', async ({ id, tree, spec, file }: JobMessage) => {
  let reply: ResultMessage;
  try {
    const cpuBefore = process.threadCpuUsage();
    const { png, timings } = await renderCard(tree, spec);
    const cpu = process.threadCpuUsage(cpuBefore);
    // Written beside its name and then renamed: a build running next to this one (another
    // checkout sharing the cache) sees the whole file or none.
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    reply = { id, ok: true, bytes: png.length, cpuMs: (cpu.user + cpu.system) / 1000, ...timings };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
