/**
 * npm run island-size [-- --page /demos/session/]: gzip -9 bytes of every chunk the session demo
 * causes a reader to download (React included), scroll-in and opt-in, from the last `npm run build`.
 * Chunks every page already loads before any interaction (the BaseLayout page script's static
 * imports) are listed but not counted. Prints one line per chunk and the total the 80 KB budget is about.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzip9, islandChunks } from './lib/island-chunks.mjs';

const { values } = parseArgs({ options: { page: { type: 'string', default: '/demos/session/' }, dist: { type: 'string', default: 'dist' } } });
const chunks = islandChunks(resolve(values.dist), values.page);
const rows = [...chunks].map(([path, { code, loads, counted }]) => ({ path, loads: counted ? loads : 'every-page', counted, raw: code.length, gz: gzip9(code) }));
rows.sort((a, b) => Number(b.counted) - Number(a.counted) || b.loads.localeCompare(a.loads) || b.gz - a.gz);
const total = (list) => list.reduce((sum, r) => sum + r.gz, 0);
for (const r of rows) console.log(`${r.loads.padEnd(10)} ${String(r.gz).padStart(7)} B gz ${String(r.raw).padStart(8)} B raw  ${r.path}${r.counted ? '' : '  (not counted: every page loads it)'}`);
const scrollIn = total(rows.filter((r) => r.counted && r.loads === 'scroll-in'));
const optIn = total(rows.filter((r) => r.counted && r.loads === 'opt-in'));
const all = scrollIn + optIn;
console.log(`the demo causes: scroll-in ${scrollIn} B + opt-in ${optIn} B = ${all} B gzip -9 (${(all / 1024).toFixed(1)} KB; budget 80 KB = ${80 * 1024} B, ${all <= 80 * 1024 ? `${80 * 1024 - all} B under` : `${all - 80 * 1024} B over`})`);
