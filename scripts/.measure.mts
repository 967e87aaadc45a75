import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
const DIST = process.argv[2] ?? 'dist';
const page = process.argv[3] ?? '/glossary/bounce-rate/';
const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
const gz = (t: string) => gzipSync(t, { level: 9 }).length;
const loaded = new Map<string, string>();
const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
inline.forEach((code, i) => loaded.set(`inline-${i}`, code));
for (const code of inline) for (const m of code.matchAll(/from\s*"([^"]+\.js)"|import\s*"([^"]+\.js)"/g)) queue.push(m[1] ?? m[2]!);
while (queue.length) {
  const src = queue.shift()!;
  const path = new URL(src, 'http://site/').pathname;
  if (loaded.has(path)) continue;
  const code = readFileSync(join(DIST, path), 'utf8');
  loaded.set(path, code);
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) queue.push(new URL(m[1]!, `http://site${path}`).pathname);
}
let total = 0;
for (const [k, v] of loaded) { total += gz(v); console.log(k, gz(v)); }
console.log('TOTAL', total);
