#!/usr/bin/env node
// `npm run seed-hashes [-- path/to/session-term-page.txt]`: rewrites src/glossary/seed-hashes.ts
// from the seed page (by default ../shared/seed/ beside the repository), so the `seed-copy` rule
// can recognise its sentences without the repository holding its text. Started with tsx.
import { readFileSync, writeFileSync } from 'node:fs';
import { SEED_PAGE, seedHashModule, seedHashes } from './lib/seed-page.ts';

const source = process.argv[2] ?? SEED_PAGE;
const target = 'src/glossary/seed-hashes.ts';
const hashes = seedHashes(readFileSync(source, 'utf8'));
writeFileSync(target, seedHashModule(hashes));
console.log(`✔ ${target}: ${hashes.length} sentence hashes from ${source}`);
