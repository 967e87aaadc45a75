/**
 * Reads every collection once per build, validates across files, and hands pages the glossary.
 * The only module that touches `astro:content`; everything it calls is pure and unit-tested.
 */
import { readdirSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { createGlossary, type Glossary } from './glossary';
import type { Entry } from './records';
import { assertValid, duplicateSlugProblems } from './validate';

interface CollectionEntry<Data> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: Data;
}

function toEntry<Data>(entry: CollectionEntry<Data>): Entry<Data> {
  return { slug: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? '' };
}

function contentFiles(folder: string): string[] {
  return readdirSync(`content/${folder}`)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `content/${folder}/${name}`);
}

async function load(): Promise<Glossary> {
  const [terms, guides, services, categories] = await Promise.all([
    getCollection('terms'),
    getCollection('guides'),
    getCollection('services'),
    getCollection('categories'),
  ]);
  const input = {
    terms: terms.map(toEntry),
    guides: guides.map(toEntry),
    services: services.map(toEntry),
    categories: categories.map((c) => ({ slug: c.id, data: c.data })),
  };
  const duplicates = ['terms', 'guides', 'services'].flatMap((f) => duplicateSlugProblems(contentFiles(f)));
  assertValid(input, duplicates);
  return createGlossary(input);
}

let glossary: Promise<Glossary> | undefined;

/** The validated glossary, loaded on first use and shared by every page of the build. */
export function getGlossary(): Promise<Glossary> {
  glossary ??= load();
  return glossary;
}
