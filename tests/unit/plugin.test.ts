import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { termLinkProperties, termLinks, UnknownTermError, type TermLinksOptions } from '../../src/term-links/plugin';
import { linkIndex as index } from './term-names-fixture';

const render = (markdown: string, options: Omit<TermLinksOptions, 'index'> = {}, file = 'content/terms/example.mdx') =>
  markdownToHtml(markdown, {
    mdastPlugins: [termLinks({ index: () => index, ...options })],
    fileURL: new URL(`file://${process.cwd()}/${file}`),
  }).html.trim();

const link = (slug: string, text: string) => `<a href="/glossary/${slug}/" class="term-link" data-term="${slug}">${text}</a>`;

describe('termLinkProperties', () => {
  it('marks a link as a term link for the preview script', () => {
    expect(termLinkProperties('session')).toEqual({ className: ['term-link'], dataTerm: 'session' });
  });
});

describe('termLinks plugin', () => {
  it('renders wiki-links as real links with the term marker', () => {
    expect(render('A [[Interaction]].', { autolink: false })).toBe(`<p>A ${link('interaction', 'interaction')}.</p>`);
  });

  it('auto-links the first name in prose, not in headings, code or existing links', () => {
    expect(render('## Behaviour\n\n`behaviour` and [behaviour](https://example.com) then behaviour and behaviour.')).toBe(
      '<h2>Behaviour</h2>\n' +
        `<p><code>behaviour</code> and <a href="https://example.com">behaviour</a> then ${link('behaviour', 'behaviour')} and behaviour.</p>`,
    );
  });

  it('renders a wiki-link inside a heading as text', () => {
    expect(render('## About [[Session]]', { autolink: false })).toBe('<h2>About session</h2>');
  });

  it('marks plain markdown links to a term, fragment and all', () => {
    expect(render('[a visit](/glossary/session/) and [why](/glossary/interaction/#definition)', { autolink: false })).toBe(
      '<p><a href="/glossary/session/" class="term-link" data-term="session">a visit</a> and ' +
        '<a href="/glossary/interaction/#definition" class="term-link" data-term="interaction">why</a></p>',
    );
  });

  it('rejects a plain link to a missing term with file, line and suggestion', () => {
    expect(() => render('[x](/glossary/sesion/)')).toThrow(new UnknownTermError('sesion', 'content/terms/example.mdx:1', 'Session'));
  });

  it('fails on an unknown wiki-link with file, line and suggestion', () => {
    expect(() => render('First line.\n\nSee [[Interation]] here.')).toThrow(
      'content/terms/example.mdx:3: unknown term "Interation" — did you mean "Interaction"? (broken-link)',
    );
  });

  it('honours autolink: false', () => {
    expect(render('A session.', { autolink: false })).toBe('<p>A session.</p>');
  });

  it('takes the page’s own term from a term file’s name, or from `self`', () => {
    expect(render('A session and a visit.', {}, 'content/terms/session.mdx')).toBe('<p>A session and a visit.</p>');
    expect(render('A session and behaviour.', { self: 'behaviour' })).toBe(`<p>A ${link('session', 'session')} and behaviour.</p>`);
  });

  it('reports every term it links, explicit or automatic', () => {
    const linked: string[] = [];
    render('[[visit]], [a click](/glossary/interaction/) and behaviour.', { onLink: (slug) => linked.push(slug) });
    expect(linked).toEqual(['session', 'interaction', 'behaviour']);
  });
});

describe('UnknownTermError', () => {
  it('keeps the target, location and suggestion, and says them in its message', () => {
    const error = new UnknownTermError('usr', 'content/terms/session.mdx:4', 'user');
    expect({ ...error, name: error.name, message: error.message }).toEqual({
      target: 'usr',
      location: 'content/terms/session.mdx:4',
      suggestion: 'user',
      name: 'UnknownTermError',
      message: 'content/terms/session.mdx:4: unknown term "usr" — did you mean "user"? (broken-link)',
    });
    expect(new UnknownTermError('zzz', 'a.mdx:1', undefined).message).toBe('a.mdx:1: unknown term "zzz" (broken-link)');
  });
});

describe('termLinks plugin under a base path', () => {
  const base = { base: '/lexicon/', autolink: false } as const;

  it('writes wiki-links under the base', () => {
    expect(render('A [[Interaction]].', base)).toBe(
      '<p>A <a href="/lexicon/glossary/interaction/" class="term-link" data-term="interaction">interaction</a>.</p>',
    );
  });

  it('recognises root-relative author links and puts every root-relative link under the base', () => {
    expect(render('[a visit](/glossary/session/#definition), [a guide](/guides/x/) and [out](https://example.com/)', base)).toBe(
      '<p><a href="/lexicon/glossary/session/#definition" class="term-link" data-term="session">a visit</a>, ' +
        '<a href="/lexicon/guides/x/">a guide</a> and <a href="https://example.com/">out</a></p>',
    );
  });

  it('recognises a link already under the base, and still fails on an unknown term there', () => {
    expect(render('[a visit](/lexicon/glossary/session/)', base)).toBe(
      '<p><a href="/lexicon/glossary/session/" class="term-link" data-term="session">a visit</a></p>',
    );
    expect(() => render('[x](/lexicon/glossary/sesion/)', base)).toThrow(UnknownTermError);
  });
});
