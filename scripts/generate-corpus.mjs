#!/usr/bin/env node
// Deterministic synthetic glossary in the real content schema, for benchmarks and for feeding the
// same corpus to another site: `node scripts/generate-corpus.mjs --terms 1000 --out DIR [--seed 7]`.
// Writes DIR/terms/*.mdx, DIR/guides/*.mdx, DIR/services/*.mdx and DIR/categories.yaml.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

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

export function generateCorpus({ terms: count, out, seed = 7 }) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const titles = new Set();
  const terms = [];
  for (let i = 0; terms.length < count; i++) {
    const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(HEADS)}`.replace(/^./, (c) => c.toUpperCase());
    const unique = titles.has(title.toLowerCase()) ? `${title} ${i}` : title;
    titles.add(unique.toLowerCase());
    terms.push({ title: unique, slug: unique.toLowerCase().replace(/[^a-z0-9]+/g, '-') });
  }
  const sentence = (links = []) => {
    const words = Array.from({ length: 14 + Math.floor(rand() * 10) }, () => pick(WORDS));
    for (const link of links) words.splice(1 + Math.floor(rand() * (words.length - 2)), 0, `[[${link.title}]]`);
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
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
  for (const term of terms) {
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
aliases: []
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

${paragraph(4)}

## The reality

${paragraph(4, links.slice(4))}
`,
    );
  }
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
  const terms = generateCorpus({ terms: Number(values.terms), out: values.out, seed: Number(values.seed) });
  console.log(`Wrote ${terms.length} terms, 2 guides and 2 services to ${values.out}`);
}
