/**
 * npm run island-size [-- --page /demos/session/]: gzip -9 bytes of every chunk the session demo's
 * island loads (React included), scroll-in and opt-in, from the last `npm run build`. Prints one line
 * per chunk and the totals the 80 KB budget is about.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzip9, islandChunks } from './lib/island-chunks.mjs';

const { values } = parseArgs({ options: { page: { type: 'string', default: '/demos/session/' }, dist: { type: 'string', default: 'dist' } } });
const chunks = islandChunks(resolve(values.dist), values.page);
const rows = [...chunks].map(([path, { code, loads }]) => ({ path, loads, raw: code.length, gz: gzip9(code) }));
rows.sort((a, b) => a.loads.localeCompare(b.loads) || b.gz - a.gz);
const total = (list) => list.reduce((sum, r) => sum + r.gz, 0);
for (const r of rows) console.log(`${r.loads.padEnd(9)} ${String(r.gz).padStart(7)} B gz ${String(r.raw).padStart(8)} B raw  ${r.path}`);
const scrollIn = total(rows.filter((r) => r.loads === 'scroll-in'));
const optIn = total(rows.filter((r) => r.loads === 'opt-in'));
console.log(`scroll-in ${scrollIn} B, opt-in ${optIn} B, all ${scrollIn + optIn} B gzip -9 (${((scrollIn + optIn) / 1024).toFixed(1)} KB; budget 80 KB = ${80 * 1024} B)`);
