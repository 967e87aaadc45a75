#!/usr/bin/env node
// `npm run new-term -- "Bounce rate"`: writes content/terms/<slug>.mdx with every frontmatter field
// and the three sections as TODO prompts, unless the title or slug already names a term.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeClash, findClash, slugify, termScaffold } from './lib/new-term.ts';
import { parseTermNames } from '../src/glossary/term-names-fs.ts';

const folder = 'content/terms';
const title = process.argv.slice(2).join(' ').trim();

function fail(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

if (!title) fail('Give the term\'s title, e.g. npm run new-term -- "Bounce rate"');
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make a slug from.`);

const file = `${folder}/${slug}.mdx`;
if (existsSync(file)) fail(`${file} already exists.`);

const existing = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const path = `${folder}/${name}`;
    return { file: path, ...parseTermNames(name.replace(/\.mdx$/, '').toLowerCase(), readFileSync(path, 'utf8')) };
  });
const clash = findClash(title, existing);
if (clash) fail(describeClash(title, clash));

let categories = [];
try {
  categories = Object.keys(parse(readFileSync(join('content', 'categories.yaml'), 'utf8')) ?? {});
} catch {
  // The scaffold then points at the file instead of listing the slugs.
}

writeFileSync(file, termScaffold(title, { today: new Date(), categories }), { flag: 'wx' });
console.log(`✔ Created ${file}

Next steps:
  1. Replace every TODO: summary, plainEnglish, categories, 3–5 FAQ items and the three sections.
  2. Add aliases, at least 3 related terms, and sources for anything vendor- or number-specific.
  3. Link at least 2 other terms from its text, and link to it from at least 2 other entries.
  4. npm run lint:content   (fails until the TODOs are gone, which is expected)
  5. npm run build`);
