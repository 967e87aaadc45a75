import { describe, expect, it } from 'vitest';
import { assertValid, duplicateSlugProblems, findProblems } from '../../src/glossary/validate';
import { BODY, input, term } from './fixtures';

const messages = (i = input()) => findProblems(i).map((p) => `${p.file} › ${p.field}: ${p.message}`);

describe('cross-file validation', () => {
  it('passes valid content', () => {
    expect(messages()).toEqual([]);
  });

  it('names an unknown category with a suggestion', () => {
    const i = input({ terms: [term('session', { categories: ['analytic'] })] });
    expect(messages(i)).toEqual(['content/terms/session.mdx › categories[0]: unknown category "analytic" — did you mean "analytics"?']);
  });

  it('names related entries that do not exist', () => {
    const i = input({ terms: [term('session', { related: { terms: ['usr'], guides: ['nope'], services: ['audit'] } }), term('user')] });
    expect(messages(i)).toEqual([
      'content/terms/session.mdx › related.terms[0]: unknown term "usr" — did you mean "user"?',
      'content/terms/session.mdx › related.guides[0]: unknown guide "nope"',
      'content/terms/session.mdx › related.services[0]: unknown service "audit"',
    ]);
  });

  it('rejects a term related to itself', () => {
    const i = input({ terms: [term('session', { related: { terms: ['session'] } })] });
    expect(messages(i)).toContain('content/terms/session.mdx › related.terms: a term cannot be related to itself');
  });

  it('rejects an alias used by two terms, or an alias that is another term’s title', () => {
    const i = input({ terms: [term('session', { aliases: ['visit'] }), term('visit-x', { title: 'Visit X', aliases: ['Visit'] }), term('user', { aliases: ['session'] })] });
    expect(messages(i)).toEqual([
      'content/terms/visit-x.mdx › aliases[0]: "Visit" already names the term "session"',
      'content/terms/user.mdx › aliases[0]: "session" already names the term "session"',
    ]);
  });

  it('reports each missing prose section, and sections out of order', () => {
    const missing = input({ terms: [term('session', {}, '## Definition\n\nText.\n')] });
    expect(messages(missing)).toEqual([
      'content/terms/session.mdx › body: missing section "## In practice"',
      'content/terms/session.mdx › body: missing section "## The reality"',
    ]);
    const shuffled = BODY.replace('## Definition', '## Tmp').replace('## The reality', '## Definition').replace('## Tmp', '## The reality');
    expect(messages(input({ terms: [term('session', {}, shuffled)] }))[0]).toMatch(/sections must come in the order/);
  });

  it('ignores headings inside fenced code', () => {
    const body = '## Definition\n\n```md\n## In practice\n```\n\n## The reality\n\nx';
    expect(messages(input({ terms: [term('session', {}, body)] }))).toEqual(['content/terms/session.mdx › body: missing section "## In practice"']);
  });

  it('checks guide steps and service terms', () => {
    const i = input({
      guides: [{ slug: 'g', filePath: 'content/guides/g.mdx', body: '', data: { title: 'G', summary: 'S.', steps: ['session', 'usr'], level: 'beginner', minutes: 5, updated: new Date(), autolink: true } }],
      services: [{ slug: 's', filePath: 'content/services/s.mdx', body: '', data: { title: 'S', summary: 'S.', terms: ['sesion'], updated: new Date(), autolink: true } }],
    });
    expect(messages(i)).toEqual([
      'content/guides/g.mdx › steps[1]: unknown term "usr" — did you mean "user"?',
      'content/services/s.mdx › terms[0]: unknown term "sesion" — did you mean "session"?',
    ]);
  });

  it('finds two files with the same slug', () => {
    expect(duplicateSlugProblems(['content/terms/Session.mdx', 'content/terms/session.mdx'])).toEqual([
      { file: 'content/terms/session.mdx', field: '(file name)', message: 'duplicate slug "session", also used by content/terms/Session.mdx' },
    ]);
  });

  it('throws one error listing every problem', () => {
    const i = input({ terms: [term('session', { categories: ['nope'], related: { terms: ['nobody'] } })] });
    expect(() => assertValid(i)).toThrow(/Content has 2 problems:\n {2}content\/terms\/session.mdx › categories\[0\]/);
  });
});
