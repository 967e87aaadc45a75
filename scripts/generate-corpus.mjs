#!/usr/bin/env node
// Deterministic synthetic glossary in the real content schema, for benchmarks and for feeding the
// same corpus to another site: `node scripts/generate-corpus.mjs --terms 1000 --out DIR [--seed 7]`.
// Writes DIR/terms/*.mdx, DIR/guides/*.mdx, DIR/services/*.mdx and DIR/categories.yaml.
// Like the real glossary, terms link to others by title, by alias and with their own link text,
// mention other terms in plain prose (the build links those itself), and most have aliases.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProgress } from './lib/progress.mjs';

/** Small seeded PRNG (mulberry32): the same seed always gives the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `analytics visitor session page event funnel checkout basket landing metric segment cohort
retention report dashboard channel campaign source medium audience device browser cookie consent tag
experiment variant control sample effect interval power signal noise baseline target goal outcome journey
step form field button link menu search result filter category product price offer trust review rating
design layout pattern flow task user customer research interview survey insight hypothesis evidence data
model rule threshold window period trend change growth rate share count total average median value`.split(/\s+/);
const HEADS = `metric rate test score index model map flow effect bias ratio window loop funnel segment signal`.split(/\s+/);
const CATEGORIES = ['analytics', 'conversion-optimisation', 'experimentation', 'user-experience', 'user-research', 'product-strategy'];

/** "Funnel metric" → "Funnel metrics", "Sample bias" → "Sample biases". */
export const plural = (title) => (/(s|x)$/.test(title) ? `${title}es` : `${title}s`);
/** "Visitor session metric" → "VSM". */
export const initialism = (title) => title.split(' ').map((w) => w[0].toUpperCase()).join('');

/**
 * @param {{ terms: number, out: string, seed?: number, onProgress?: (done: number, total: number) => void }} options
 */
export function generateCorpus({ terms: count, out, seed = 7, onProgress = () => {} }) {
  const rand = random(seed);
  // Aliases, links by alias and plain mentions draw from their own sequence, so titles, summaries
  // and everything else stay what they were before those existed (and card images stay cached).
  const extra = random(seed ^ 0x9e3779b9);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const titles = new Set();
  const terms = [];
  for (let i = 0; terms.length < count; i++) {
    const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(HEADS)}`.replace(/^./, (c) => c.toUpperCase());
    const unique = titles.has(title.toLowerCase()) ? `${title} ${i}` : title;
    titles.add(unique.toLowerCase());
    terms.push({ title: unique, slug: unique.toLowerCase().replace(/[^a-z0-9]+/g, '-'), aliases: [] });
  }
  // Most real terms have an alias or two (a plural, an abbreviation); every name stays unique.
  const names = new Set(terms.flatMap((t) => [t.title.toLowerCase(), t.slug]));
  for (const term of terms) {
    if (/\d$/.test(term.title)) continue;
    for (const [chance, alias] of [[0.6, plural(term.title)], [0.3, initialism(term.title)]]) {
      if (extra() < chance && !names.has(alias.toLowerCase())) {
        names.add(alias.toLowerCase());
        term.aliases.push(alias);
      }
    }
  }
  /** How a link to `target` is written: by title, by alias, or with its own text. */
  const linkTo = (target) => {
    const way = extra();
    if (way < 0.25 && target.aliases.length) return `[[${target.aliases[Math.floor(extra() * target.aliases.length)]}]]`;
    if (way < 0.4) return `[[${target.slug}|${target.title.toLowerCase()} figures]]`;
    return `[[${target.title}]]`;
  };
  const sentence = (links = []) => {
    const words = Array.from({ length: 14 + Math.floor(rand() * 10) }, () => pick(WORDS));
    for (const link of links) words.splice(1 + Math.floor(rand() * (words.length - 2)), 0, linkTo(link));
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  /** A sentence naming another term in plain words, which the build turns into a link. */
  const mention = (self) => {
    const other = terms[Math.floor(extra() * terms.length)];
    const name = other === self ? 'the same' : other.title.toLowerCase();
    return `Compare it with the ${name} before changing anything.`;
  };
  const paragraph = (n, links = []) =>
    Array.from({ length: n }, (_, i) => sentence(i === 0 ? links : [])).join(' ');
  const others = (self, n) => {
    const chosen = new Set();
    while (chosen.size < Math.min(n, terms.length - 1)) {
      const t = pick(terms);
      if (t !== self) chosen.add(t);
    }
    return [...chosen];
  };

  for (const dir of ['terms', 'guides', 'services']) mkdirSync(join(out, dir), { recursive: true });
  copyFileSync(new URL('../content/categories.yaml', import.meta.url), join(out, 'categories.yaml'));
  // Real glossaries have hub terms that most others link to, so one link of each term goes to one
  // of five hubs: their pages show what a term that many pages link to costs.
  const hubs = terms.slice(0, 5);
  for (const [n, term] of terms.entries()) {
    if (n % 250 === 0) onProgress(n, terms.length);
    const links = others(term, 3 + Math.floor(rand() * 4));
    const hub = pick(hubs);
    if (hub !== term && !links.includes(hub)) links[0] = hub;
    const related = others(term, 3);
    const faq = Array.from({ length: 4 }, () => ({ q: `What does ${pick(WORDS)} ${pick(WORDS)} mean here?`, a: paragraph(2) }));
    const summary = `${term.title} is the ${pick(WORDS)} ${pick(WORDS)} of a ${pick(WORDS)} measured over a ${pick(WORDS)} ${pick(WORDS)}.`;
    writeFileSync(
      join(out, 'terms', `${term.slug}.mdx`),
      `---
title: "${term.title}"
summary: "${summary}"
categories: [${pick(CATEGORIES)}]
aliases: [${term.aliases.join(', ')}]
plainEnglish: "How often the ${pick(WORDS)} ${pick(WORDS)} happens."
faq:
${faq.map((f) => `  - question: "${f.q}"\n    answer: "${f.a}"`).join('\n')}
related:
  terms: [${related.map((t) => t.slug).join(', ')}]
sources:
  - title: "Example source"
    url: https://example.org/${term.slug}
updated: 2026-11-27
---

## Definition

${paragraph(4, links.slice(0, 2))}

## In practice

${paragraph(5, links.slice(2, 4))}

${paragraph(4)} ${mention(term)}

## The reality

${paragraph(4, links.slice(4))}
`,
    );
  }
  onProgress(terms.length, terms.length);
  for (let g = 0; g < 2; g++) {
    const steps = others(undefined, 5);
    writeFileSync(
      join(out, 'guides', `guide-${g + 1}.mdx`),
      `---\ntitle: "Guide ${g + 1}"\nsummary: "A learning path through five generated terms."\nsteps: [${steps.map((t) => t.slug).join(', ')}]\nminutes: 6\nupdated: 2026-11-27\n---\n\n${steps.map((t) => `## ${t.title}\n\n${paragraph(2, [t])}`).join('\n\n')}\n`,
    );
  }
  for (let s = 0; s < 2; s++) {
    writeFileSync(
      join(out, 'services', `service-${s + 1}.mdx`),
      `---\ntitle: "Service ${s + 1}"\nsummary: "A generated service."\nterms: [${others(undefined, 3).map((t) => t.slug).join(', ')}]\nupdated: 2026-11-27\n---\n\n## What it covers\n\n${paragraph(3)}\n`,
    );
  }
  return terms;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { terms: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '7' } } });
  if (!values.out) {
    console.error('Usage: node scripts/generate-corpus.mjs --terms 1000 --out DIR [--seed 7]');
    process.exit(1);
  }
  const progress = createProgress();
  const terms = generateCorpus({
    terms: Number(values.terms),
    out: values.out,
    seed: Number(values.seed),
    onProgress: (done, total) => progress.update({ label: 'generating the corpus', detail: 'terms', count: done, total }),
  });
  progress.done();
  console.log(`Wrote ${terms.length} terms, 2 guides and 2 services to ${values.out}`);
}
