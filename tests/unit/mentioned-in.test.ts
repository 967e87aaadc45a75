import { describe, expect, it } from 'vitest';
import { featuredMentions, mentionLinks, type MentionLink } from '../../src/glossary/mentions';
import { term } from './fixtures';

const link = (title: string, kind: MentionLink['kind'] = 'Term'): MentionLink => ({ href: `/${kind}/${title}/`, title, kind });

describe('mentioned in', () => {
  it('lists guides, then services, then terms', () => {
    const guide = { slug: 'start', filePath: '', body: '', data: { title: 'Start here' } };
    const service = { slug: 'audit', filePath: '', body: '', data: { title: 'Audit' } };
    const links = mentionLinks({ terms: [term('funnel')], guides: [guide], services: [service] } as never);
    expect(links.map((l) => [l.kind, l.href])).toEqual([
      ['Guide', '/guides/start/'],
      ['Service', '/services/audit/'],
      ['Term', '/glossary/funnel/'],
    ]);
  });

  it('features guides and services, then close terms, then the rest, A–Z within each, up to the limit', () => {
    const links = [link('Guide', 'Guide'), link('Alpha'), link('Beta'), link('Gamma'), link('Delta'), link('Service', 'Service')];
    const close = new Set(['/Term/Gamma/', '/Term/Delta/']);
    expect(featuredMentions(links, close, 4).map((l) => l.title)).toEqual(['Guide', 'Service', 'Gamma', 'Delta']);
    expect(featuredMentions(links, new Set(), 4).map((l) => l.title)).toEqual(['Guide', 'Service', 'Alpha', 'Beta']);
    expect(featuredMentions(links, close, 99)).toHaveLength(links.length);
  });
});
