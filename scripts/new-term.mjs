#!/usr/bin/env node
// `npm run new-term -- "Bounce rate"`: writes content/terms/<slug>.mdx with every frontmatter field
// and the three sections as TODO prompts, unless the title or slug already names a term.
import { existsSync, writeFileSync } from 'node:fs';
import { describeClash, findClash, slugify, termScaffold } from './lib/new-term.ts';
import { readCategorySlugs, readTermNames } from '../src/glossary/content-fs.ts';
import { FAQ_MAX, FAQ_MIN } from '../src/glossary/rules-editorial.ts';
import { SENTENCE_MIN_WORDS } from '../src/glossary/rules-originality.ts';

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

// Names come from the same reader as the build, so a term with broken frontmatter still counts.
const clash = findClash(title, readTermNames());
if (clash) fail(describeClash(title, clash));

// With no readable categories the scaffold points at the file instead of listing the slugs.
const categories = readCategorySlugs();

writeFileSync(file, termScaffold(title, { today: new Date(), categories }), { flag: 'wx' });
console.log(`✔ Created ${file}

Next steps:
  1. Replace every TODO: summary, plainEnglish, categories, ${FAQ_MIN}–${FAQ_MAX} FAQ items and the three sections,
     in this term's own words: no sentence of ${SENTENCE_MIN_WORDS}+ words may repeat another term's.
  2. Add aliases, at least 3 related terms, and sources for anything vendor- or number-specific.
  3. Link at least 2 other terms from its text, and link to it from at least 2 other entries.
  4. npm run lint:content   (fails until the TODOs are gone, which is expected)
  5. npm run build`);
