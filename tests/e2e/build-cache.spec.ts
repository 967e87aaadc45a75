/**
 * The build keeps each plain-Markdown body's rendered HTML between builds (src/content.config.ts).
 * The cache must never show a stale page: a body whose text changed renders again, and a change to
 * any term's names (which every body may link by) renders every body again. Checked on a small
 * generated glossary, built three times in its own folder.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO, siteWithCorpus } from '../../scripts/corpus-site.mjs';

const TERMS = 30;

function build(dir: string): string {
  const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, OG_IMAGES: 'off' } });
  expect(result.status, result.stderr).toBe(0);
  // Astro colours its log even into a pipe.
  return `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Changes a content file; fails at once if the change found nothing to change (the corpus format moved). */
function edit(path: string, change: (text: string) => string) {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `no change made to ${path}`).not.toBe(before);
  writeFileSync(path, after);
}

const bodiesLine = (log: string) => /\[lexicon-terms\] (\d+ bodies: .*)/.exec(log)?.[1];
const page = (dir: string, slug: string) => readFileSync(join(dir, 'dist/glossary', slug, 'index.html'), 'utf8');

test('a rebuild renders only changed bodies, and a changed name renders them all', async () => {
  test.setTimeout(240_000);
  const dir = siteWithCorpus(TERMS);
  const slugs = readdirSync(join(dir, 'content/terms')).map((f) => f.replace(/\.mdx$/, '')).sort();
  const [edited, untouched, renamed] = [slugs[7]!, slugs[8]!, slugs[9]!];
  const file = (slug: string) => join(dir, 'content/terms', `${slug}.mdx`);

  expect(bodiesLine(build(dir))).toBe(`${TERMS} bodies: ${TERMS} rendered, 0 unchanged since the last build, 0 compiled as MDX`);
  const untouchedBefore = page(dir, untouched);

  edit(file(edited), (text) => text.replace('## Definition\n\n', '## Definition\n\nA sentence added between builds.\n\n'));
  expect(bodiesLine(build(dir))).toBe(`${TERMS} bodies: 1 rendered, ${TERMS - 1} unchanged since the last build, 0 compiled as MDX`);
  expect(page(dir, edited)).toContain('<p>A sentence added between builds.</p>');
  expect(page(dir, untouched)).toBe(untouchedBefore);

  edit(file(renamed), (text) => text.replace(/^aliases: \[(.*)\]$/m, (_, list: string) => `aliases: [${list ? `${list}, ` : ''}"zebra crossing"]`));
  expect(bodiesLine(build(dir))).toBe(`${TERMS} bodies: ${TERMS} rendered, 0 unchanged since the last build, 0 compiled as MDX`);
});
