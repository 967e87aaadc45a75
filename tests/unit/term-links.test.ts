import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createLinkIndex } from '../../src/term-links/link-index';
import { termLinks } from '../../src/term-links/plugin';
import { linkSegments, type PageLinkState } from '../../src/term-links/segments';

const index = createLinkIndex([
  { slug: 'session', title: 'Session', aliases: ['visit', 'sessions'] },
  { slug: 'user-behaviour', title: 'User behaviour', aliases: ['user behavior'] },
  { slug: 'behaviour', title: 'Behaviour', aliases: ['behavior'] },
  { slug: 'interaction', title: 'Interaction', aliases: ['interactions'] },
  { slug: 'ab-test', title: 'A/B test', aliases: ['split test'] },
]);

const render = (markdown: string, options: { self?: string; autolink?: boolean } = {}) =>
  markdownToHtml(markdown, {
    mdastPlugins: [termLinks({ index: () => index, ...options })],
    fileURL: new URL(`file://${process.cwd()}/content/terms/example.mdx`),
  }).html.trim();

const state = (over: Partial<PageLinkState> = {}): PageLinkState => ({ autolink: true, linked: new Set(), ...over });
const noop = { linksAllowed: true, onUnknown: () => {} };

describe('linkSegments', () => {
  it('links [[title]], [[alias]] and [[target|text]] case-insensitively', () => {
    const segments = linkSegments('[[interaction]] and [[Visit]] and [[user-behaviour|what people do]]', index, state({ autolink: false }), noop);
    expect(segments.filter((s) => s.kind === 'link')).toEqual([
      { kind: 'link', slug: 'interaction', text: 'interaction', explicit: true },
      { kind: 'link', slug: 'session', text: 'Visit', explicit: true },
      { kind: 'link', slug: 'user-behaviour', text: 'what people do', explicit: true },
    ]);
  });

  it('prefers the longest name: "user behaviour" beats "behaviour"', () => {
    const segments = linkSegments('Study user behaviour closely.', index, state(), noop);
    expect(segments).toEqual([
      { kind: 'text', text: 'Study ' },
      { kind: 'link', slug: 'user-behaviour', text: 'user behaviour', explicit: false },
      { kind: 'text', text: ' closely.' },
    ]);
  });

  it('auto-links only whole words and only the first mention of a term', () => {
    const page = state();
    const first = linkSegments('Sessionless tokens; a session, then sessions.', index, page, noop);
    expect(first.filter((s) => s.kind === 'link')).toEqual([{ kind: 'link', slug: 'session', text: 'session', explicit: false }]);
    const later = linkSegments('Another session.', index, page, noop);
    expect(later).toEqual([{ kind: 'text', text: 'Another session.' }]);
  });

  it('never links the page’s own term, and the escape [[!name]] stays plain text', () => {
    const segments = linkSegments('A session and [[!interaction]] and [[Session]].', index, state({ self: 'session' }), noop);
    expect(segments).toEqual([{ kind: 'text', text: 'A session and interaction and Session.' }]);
  });

  it('reports an unknown target with a suggestion', () => {
    const unknown: unknown[] = [];
    linkSegments('See [[Interation]].', index, state(), { linksAllowed: true, onUnknown: (u) => unknown.push(u) });
    expect(unknown).toEqual([{ target: 'Interation', offset: 4, suggestion: 'Interaction' }]);
  });

  it('matches names with punctuation such as "A/B test"', () => {
    const segments = linkSegments('Run an A/B test first.', index, state(), noop);
    expect(segments[1]).toEqual({ kind: 'link', slug: 'ab-test', text: 'A/B test', explicit: false });
  });
});

describe('termLinks plugin', () => {
  it('renders real links with a term marker', () => {
    expect(render('A [[Interaction]].', { autolink: false })).toBe(
      '<p>A <a href="/glossary/interaction/" class="term-link" data-term="interaction">Interaction</a>.</p>',
    );
  });

  it('does not auto-link in headings, code or existing links, and links the first prose mention', () => {
    const html = render('## Behaviour\n\n`behaviour` and [behaviour](https://example.com) then behaviour and behaviour.');
    expect(html).toContain('<h2>Behaviour</h2>');
    expect(html).toContain('<code>behaviour</code>');
    expect(html).toContain('<a href="https://example.com">behaviour</a>');
    expect(html.match(/class="term-link"/g)).toHaveLength(1);
    expect(html).toContain('then <a href="/glossary/behaviour/" class="term-link" data-term="behaviour">behaviour</a> and behaviour.');
  });

  it('renders a wiki-link inside a heading as text', () => {
    expect(render('## About [[Session]]', { autolink: false })).toBe('<h2>About Session</h2>');
  });

  it('marks plain markdown links to a term and rejects links to missing terms', () => {
    expect(render('[a visit](/glossary/session/)', { autolink: false })).toContain('class="term-link" data-term="session"');
    expect(() => render('[x](/glossary/sesion/)')).toThrow("unknown term 'sesion' in content/terms/example.mdx:1 — did you mean 'Session'?");
  });

  it('fails on an unknown wiki-link with file, line and suggestion', () => {
    expect(() => render('First line.\n\nSee [[Interation]] here.')).toThrow(
      "unknown term 'Interation' in content/terms/example.mdx:3 — did you mean 'Interaction'?",
    );
  });

  it('honours autolink: false', () => {
    expect(render('A session.', { autolink: false })).toBe('<p>A session.</p>');
  });
});
