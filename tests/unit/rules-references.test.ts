import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/glossary/problem';
import type { GlossaryInput } from '../../src/glossary/records';
import type { Check } from '../../src/glossary/rules-context';
import { duplicateNames, duplicateSlugs, relatedToItself, unknownReferences } from '../../src/glossary/rules-references';
import { input, term } from './fixtures';
import { contextOf } from './lint-fixtures';

const messages = (check: Check, i: GlossaryInput = input(), files?: string[]) =>
  check(contextOf(i, files ? { files } : {})).map((issue) => formatProblem({ ...issue, rule: 'r', severity: 'error' }));

describe('unknown references', () => {
  it('passes references that exist', () => {
    expect(messages(unknownReferences, input({ terms: [term('session', { related: { terms: ['user'] } }), term('user')] }))).toEqual([]);
  });

  it('names an unknown category with a suggestion', () => {
    const i = input({ terms: [term('session', { categories: ['analytic'] })] });
    expect(messages(unknownReferences, i)).toEqual(['content/terms/session.mdx › categories[0]: unknown category "analytic" — did you mean "analytics"? (r)']);
  });

  it('names related entries that do not exist', () => {
    const i = input({ terms: [term('session', { related: { terms: ['usr'], guides: ['nope'], services: ['audit'] } }), term('user')] });
    expect(messages(unknownReferences, i)).toEqual([
      'content/terms/session.mdx › related.terms[0]: unknown term "usr" — did you mean "user"? (r)',
      'content/terms/session.mdx › related.guides[0]: unknown guide "nope" (r)',
      'content/terms/session.mdx › related.services[0]: unknown service "audit" (r)',
    ]);
  });

  it('checks guide steps and service terms', () => {
    const i = input({
      guides: [{ slug: 'g', filePath: 'content/guides/g.mdx', body: '', data: { title: 'G', summary: 'S.', steps: ['session', 'usr'], level: 'beginner', minutes: 5, updated: new Date(), autolink: true } }],
      services: [{ slug: 's', filePath: 'content/services/s.mdx', body: '', data: { title: 'S', summary: 'S.', terms: ['sesion'], updated: new Date(), autolink: true } }],
    });
    expect(messages(unknownReferences, i)).toEqual([
      'content/guides/g.mdx › steps[1]: unknown term "usr" — did you mean "user"? (r)',
      'content/services/s.mdx › terms[0]: unknown term "sesion" — did you mean "session"? (r)',
    ]);
  });
});

describe('related to itself', () => {
  it('rejects a term related to itself and passes one related to others', () => {
    expect(messages(relatedToItself, input({ terms: [term('session', { related: { terms: ['user', 'session'] } }), term('user')] }))).toEqual([
      'content/terms/session.mdx › related.terms[1]: a term cannot be related to itself (r)',
    ]);
    expect(messages(relatedToItself)).toEqual([]);
  });
});

describe('duplicate names', () => {
  it('passes distinct names, and a term repeating its own name', () => {
    expect(messages(duplicateNames, input({ terms: [term('session', { aliases: ['Session', 'visit'] }), term('user')] }))).toEqual([]);
  });

  it('rejects an alias used by two terms, or an alias that is another term’s title', () => {
    const i = input({ terms: [term('session', { aliases: ['visit'] }), term('visit-x', { title: 'Visit X', aliases: ['Visit'] }), term('user', { aliases: ['session'] })] });
    expect(messages(duplicateNames, i)).toEqual([
      'content/terms/visit-x.mdx › aliases[0]: "Visit" already names the term "session" (r)',
      'content/terms/user.mdx › aliases[0]: "session" already names the term "session" (r)',
    ]);
  });
});

describe('duplicate slugs', () => {
  it('finds two files of a folder with the same slug, and allows the same slug in different folders', () => {
    expect(messages(duplicateSlugs, input(), ['content/terms/Session.mdx', 'content/guides/session.mdx', 'content/terms/session.mdx'])).toEqual([
      'content/terms/session.mdx: duplicate slug "session", also used by content/terms/Session.mdx (r)',
    ]);
  });
});
