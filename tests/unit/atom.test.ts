import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomResponse, atomXml } from '../../src/glossary/atom';
import { createGlossary } from '../../src/glossary/glossary';
import { feedPage } from '../../src/glossary/pages/feed';
import { input, term } from './fixtures';
import { pageGlossary, SITE_URL } from './pages/page-fixtures';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'category'].includes(name) });
type Node = Record<string, unknown>;
const parse = (xml: string) => (parser.parse(xml) as { feed: Node }).feed;

describe('Atom writer', () => {
  it('writes the model as an Atom 1.0 feed with every element RFC 4287 requires', () => {
    const feed = parse(atomXml(feedPage(pageGlossary(), SITE_URL)));
    expect(feed['xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['id']).toBe('https://lexicon.test/feed.xml');
    expect(feed['title']).toBe('Lexicon: new and updated terms and guides');
    expect(feed['updated']).toBe('2026-11-27T00:00:00.000Z');
    expect(feed['author']).toEqual({ name: 'Lexicon', uri: 'https://lexicon.test/' });
    expect(feed['link']).toEqual([
      { rel: 'alternate', href: 'https://lexicon.test/' },
      { rel: 'self', href: 'https://lexicon.test/feed.xml' },
    ]);
    expect(feed['generator']).toBeUndefined();
    const entries = feed['entry'] as Node[];
    expect(entries.map((e) => e['id'])).toEqual([
      'https://lexicon.test/glossary/engaged-session/',
      'https://lexicon.test/guides/measuring/',
      'https://lexicon.test/glossary/user/',
      'https://lexicon.test/glossary/session/',
    ]);
    expect(entries.at(-1)).toEqual({
      title: { '#text': 'Session', type: 'html' },
      id: 'https://lexicon.test/glossary/session/',
      link: [{ href: 'https://lexicon.test/glossary/session/' }],
      updated: '2026-03-05T00:00:00.000Z',
      summary: { '#text': 'A session is a group of user interactions.', type: 'html' },
      category: [
        { term: 'term', label: 'Term' },
        { term: 'analytics', label: 'Analytics', scheme: 'https://lexicon.test/glossary/category/' },
        { term: 'ux', label: 'UX', scheme: 'https://lexicon.test/glossary/category/' },
      ],
    });
  });

  it('escapes text as HTML, since titles and summaries are type="html", and no text can end the CDATA', () => {
    const g = createGlossary(input({ terms: [term('q-and-a', { title: 'Q&A <b>', summary: 'Say ]]> or <script> & more.' })] }));
    const xml = atomXml(feedPage(g, SITE_URL));
    expect(xml).toContain('<![CDATA[Q&amp;A &lt;b&gt;]]>');
    expect(xml).toContain('<![CDATA[Say ]]&gt; or &lt;script&gt; &amp; more.]]>');
    const [entry] = parse(xml)['entry'] as Node[];
    expect(entry?.['title']).toEqual({ '#text': 'Q&amp;A &lt;b&gt;', type: 'html' });
  });

  it('is the same file build after build', () => {
    const page = feedPage(pageGlossary(), SITE_URL);
    expect(atomXml(page)).toBe(atomXml(feedPage(pageGlossary(), SITE_URL)));
  });

  it('is served as Atom', async () => {
    const response = atomResponse(feedPage(pageGlossary(), SITE_URL));
    expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
    expect(await response.text()).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  });
});
