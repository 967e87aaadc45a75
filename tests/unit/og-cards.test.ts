import { describe, expect, it } from 'vitest';
import { createGlossary, glossaryCatalogue } from '../../src/glossary/glossary';
import { cardHash } from '../../src/glossary/og-card';
import { announceCards, cardsWanted, listenForCards } from '../../src/glossary/og-registry';
import { categoryCard, glossaryCards, glossaryIndexCard, guideCard, guidesIndexCard, scenarioCards, serviceCard, siteCard, termCard } from '../../src/glossary/og-cards';
import type { Scenario } from '../../src/glossary/scenario-parse';
import { guideSchema, serviceSchema } from '../../src/glossary/schema';
import { SITE } from '../../src/glossary/site';
import { input, term } from './fixtures';

const guide = {
  slug: 'first-steps',
  filePath: 'content/guides/first-steps.mdx',
  body: '',
  data: guideSchema.parse({ title: 'First steps', summary: 'Learn [[session|sessions]] first.', steps: ['session', 'user'], minutes: 12, updated: '2026-11-27' }),
};
const service = {
  slug: 'audit',
  filePath: 'content/services/audit.mdx',
  body: '',
  data: serviceSchema.parse({ title: 'Audit', summary: 'We check the [[session]] counts.', updated: '2026-11-27' }),
};
const glossary = createGlossary(input({ guides: [guide], services: [service] }));

describe('cards of the glossary pages', () => {
  it('shows a term with its category titles and its plain-English line, links as plain text', () => {
    const session = term('session', { plainEnglish: 'One [[user|person]]’s visit.', categories: ['analytics'] });
    expect(termCard(glossary, session)).toEqual({
      kind: 'Glossary term',
      title: 'Session',
      categories: ['Analytics'],
      line: 'One person’s visit.',
      lineStyle: 'highlight',
    });
  });

  it('gives a changed term a new card', () => {
    const before = termCard(glossary, term('session'));
    expect(cardHash(termCard(glossary, term('session')))).toBe(cardHash(before));
    expect(cardHash(termCard(glossary, term('session', { plainEnglish: 'A visit.' })))).not.toBe(cardHash(before));
    expect(cardHash(termCard(glossary, term('session', { title: 'Visit' })))).not.toBe(cardHash(before));
  });

  it('shows guides, services and categories with their summaries', () => {
    expect(guideCard(guide)).toEqual({ kind: 'Guide', title: 'First steps', line: 'Learn sessions first.', meta: 'Learning path · 2 steps · about 12 min' });
    expect(serviceCard(service)).toEqual({ kind: 'Service', title: 'Audit', line: 'We check the session counts.' });
    expect(categoryCard(glossary, glossary.categories[0]!)).toEqual({ kind: 'Category', title: 'Analytics', line: 'Counting.', meta: '2 terms' });
  });

  it('has cards for the site and its indexes', () => {
    expect(siteCard()).toEqual({ kind: 'Glossary', title: SITE.tagline, line: SITE.description });
    expect(glossaryIndexCard(glossary).meta).toBe('2 terms · 1 category');
    expect(guidesIndexCard(glossary).meta).toBe('1 learning path');
  });

  it('lists every card the pages ask for, once each', () => {
    const cards = glossaryCards(glossary);
    expect(cards.map((c) => c.title)).toEqual([SITE.tagline, 'Glossary A–Z', 'Guides', 'Services', 'Analytics', 'First steps', 'Audit', 'Session', 'User']);
    expect(new Set(cards.map(cardHash)).size).toBe(cards.length);
  });

  it('lists the same cards from the entries alone as from the whole glossary, so a build can list them before building its links', () => {
    const content = input({ guides: [guide], services: [service] });
    expect(glossaryCards(glossaryCatalogue(content)).map(cardHash)).toEqual(glossaryCards(createGlossary(content)).map(cardHash));
    // A category no term uses has no page, so no card, in both.
    const unused = { ...content, categories: [...content.categories, { ...content.categories[0]!, slug: 'unused', data: { ...content.categories[0]!.data, title: 'Unused' } }] };
    expect(glossaryCards(glossaryCatalogue(unused)).map((c) => c.title)).not.toContain('Unused');
  });

  it('has cards for the scenario lab and each scenario, to render with the glossary cards', () => {
    const scenario = (slug: string, title: string, summary: string): Scenario => ({ slug, file: `content/scenarios/${slug}.yaml`, title, summary, illustrates: [], timeZone: 'UTC', start: '', startMs: 0, steps: [], durationMs: 0 });
    const cards = scenarioCards([scenario('lunch', 'A lunch break', 'Away for 35 minutes.'), scenario('midnight', 'Past midnight', 'Reading across the date line.')]);
    expect(cards).toEqual([
      { kind: 'Demo', title: 'Scenario lab', line: expect.stringMatching(/^Scripted visits replayed/), meta: '2 scenarios' },
      { kind: 'Scenario lab', title: 'A lunch break', line: 'Away for 35 minutes.' },
      { kind: 'Scenario lab', title: 'Past midnight', line: 'Reading across the date line.' },
    ]);
  });

  it('hands a build\'s cards to the image integration only while it listens', () => {
    const scenario: Scenario = { slug: 'lunch', file: 'content/scenarios/lunch.yaml', title: 'A lunch break', summary: 'Away for 35 minutes.', illustrates: [], timeZone: 'UTC', start: '', startMs: 0, steps: [], durationMs: 0 };
    const cards = [...glossaryCards(glossary), ...scenarioCards([scenario])];
    const heard: string[][] = [];
    expect(cardsWanted()).toBe(false);
    announceCards(cards);
    listenForCards((inputs) => heard.push(inputs.map((c) => c.title)));
    expect(cardsWanted()).toBe(true);
    announceCards(cards);
    listenForCards(undefined);
    announceCards(cards);
    expect(cardsWanted()).toBe(false);
    expect(heard).toEqual([cards.map((c) => c.title)]);
  });
});
