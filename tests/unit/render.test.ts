import { describe, expect, it } from 'vitest';
import { UnknownTermError } from '../../src/term-links/plugin';
import { htmlToText, linkedTerms, renderInline, stripWikiLinks } from '../../src/term-links/render';
import { linkIndex as index } from './term-names-fixture';

const FILE = 'content/terms/example.mdx';
const link = (slug: string, text: string) => `<a href="/glossary/${slug}/" class="term-link" data-term="${slug}">${text}</a>`;

describe('renderInline', () => {
  it('renders one paragraph without its <p>, with explicit links only by default', () => {
    expect(renderInline('A *short* [[visit]] with an interaction.', { index, file: FILE })).toBe(`A <em>short</em> ${link('session', 'visit')} with an interaction.`);
  });

  it('also links other terms’ names when asked, never the page’s own', () => {
    expect(renderInline('A session with an interaction.', { index, file: FILE, autolink: true, self: 'session' })).toBe(
      `A session with an ${link('interaction', 'interaction')}.`,
    );
  });

  it('uses typographic quotes and apostrophes', () => {
    expect(renderInline(`It's "quoted".`, { index, file: FILE })).toBe('It’s “quoted”.');
  });

  it('fails on an unknown term, naming the file', () => {
    expect(() => renderInline('See [[Interation]].', { index, file: FILE })).toThrow(new UnknownTermError('Interation', `${FILE}:1`, 'Interaction'));
  });
});

describe('linkedTerms', () => {
  const body = '## Behaviour\n\nA [[visit]], then user behaviour and interactions, then a [session](/glossary/session/).';

  it('lists every term a body links to, auto-links included', () => {
    expect(linkedTerms(body, { index, file: FILE, autolink: true })).toEqual(new Set(['session', 'user-behaviour', 'interaction']));
  });

  it('lists only explicit links when auto-linking is off', () => {
    expect(linkedTerms(body, { index, file: FILE, autolink: false })).toEqual(new Set(['session']));
  });

  it('leaves out the page’s own term', () => {
    expect(linkedTerms(body, { index, file: FILE, autolink: true, self: 'interaction' })).toEqual(new Set(['session', 'user-behaviour']));
  });
});

describe('htmlToText', () => {
  it('drops tags, decodes entities and collapses whitespace', () => {
    expect(htmlToText('<p>A <a href="/x">B &amp; C</a>\n  &lt;d&gt; &quot;e&quot; &#39;f&#39; </p>')).toBe(`A B & C <d> "e" 'f'`);
  });
});

describe('stripWikiLinks', () => {
  it('keeps the words a reader sees: the name, the custom text, or the escaped name', () => {
    expect(stripWikiLinks('A [[visit]], [[user-behaviour|what people do]] and [[!session]] or [[ interaction ]].')).toBe(
      'A visit, what people do and session or interaction.',
    );
  });
});
