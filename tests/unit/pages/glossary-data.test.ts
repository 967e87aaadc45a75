import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_DATA_PATH, GLOSSARY_DATA_VERSION, glossaryData } from '../../../src/glossary/pages/glossary-data';
import { schemaErrors } from '../../json-schema';
import { pageGlossary, SITE_URL } from './page-fixtures';

const SCHEMA = JSON.parse(readFileSync(new URL('../../../src/glossary/pages/glossary-data.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('glossary data', () => {
  const data = glossaryData(pageGlossary(), SITE_URL);

  it('gives every term A–Z with its names, categories, text, absolute URL, day and related slugs', () => {
    expect(data).toEqual({
      version: 1,
      terms: [
        {
          slug: 'engaged-session',
          title: 'Engaged session',
          aliases: [],
          categories: ['analytics'],
          summary: 'A engaged-session is a thing.',
          plainEnglish: 'A thing.',
          url: 'https://lexicon.test/glossary/engaged-session/',
          updated: '2026-11-27',
          relatedTerms: [],
        },
        {
          slug: 'session',
          title: 'Session',
          aliases: ['visit'],
          categories: ['analytics', 'ux'],
          // [[links]] read as their words.
          summary: 'A session is a group of user interactions.',
          plainEnglish: 'One visit.',
          url: 'https://lexicon.test/glossary/session/',
          updated: '2026-03-05',
          relatedTerms: ['user'],
        },
        {
          slug: 'user',
          title: 'User',
          aliases: [],
          categories: ['analytics'],
          summary: 'A user is a thing.',
          plainEnglish: 'A thing.',
          url: 'https://lexicon.test/glossary/user/',
          updated: '2026-11-27',
          relatedTerms: [],
        },
      ],
      categories: [
        { slug: 'analytics', title: 'Analytics', url: 'https://lexicon.test/glossary/category/analytics/' },
        { slug: 'ux', title: 'UX', url: 'https://lexicon.test/glossary/category/ux/' },
      ],
    });
    expect(GLOSSARY_DATA_PATH).toBe('/glossary.json');
    expect(GLOSSARY_DATA_VERSION).toBe(1);
  });

  it('matches its JSON Schema, with no field the schema leaves out', () => {
    expect(SCHEMA['properties']).toMatchObject({ version: { const: GLOSSARY_DATA_VERSION } });
    expect(schemaErrors(SCHEMA, JSON.parse(JSON.stringify(data)), { closed: true })).toEqual([]);
  });

  it('would fail the schema check if a field went missing, changed type or gained an undocumented sibling', () => {
    const [first] = data.terms;
    const broken = { ...data, version: 2, terms: [{ ...first, updated: '27 November 2026', aliases: 'visit', url: '/glossary/x/', extra: true, summary: undefined }] };
    expect(schemaErrors(SCHEMA, JSON.parse(JSON.stringify(broken)), { closed: true })).toEqual([
      '$.version: must be 1',
      '$.terms[0]: missing summary',
      '$.terms[0].aliases: must be array, is string',
      '$.terms[0].url: "/glossary/x/" is not a uri',
      '$.terms[0].updated: "27 November 2026" does not match ^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      '$.terms[0].updated: "27 November 2026" is not a date',
      '$.terms[0].extra: not in the schema',
    ]);
  });
});
