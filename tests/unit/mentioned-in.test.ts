import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/glossary';
import {
  BACKLINKS_SHOWN,
  backlinkCards,
  featuredBacklinks,
  mentionedInPath,
  mentionedInSection,
  type BacklinkCard,
} from '../../src/glossary/mentioned-in';
import { BODY, input, term } from './fixtures';
import { guide, pageGlossary, service } from './pages/page-fixtures';

const card = (title: string, kind: BacklinkCard['kind'] = 'Term'): BacklinkCard => ({ href: `/${kind}/${title}/`, title, kind });

describe('mentioned in', () => {
  it('lists guides, then services, then terms', () => {
    const backlinks = { terms: [term('funnel')], guides: [guide('start', { title: 'Start here' })], services: [service('audit', { title: 'Audit' })] };
    expect(backlinkCards(backlinks)).toEqual([
      { href: '/guides/start/', title: 'Start here', kind: 'Guide' },
      { href: '/services/audit/', title: 'Audit', kind: 'Service' },
      { href: '/glossary/funnel/', title: 'Funnel', kind: 'Term' },
    ]);
  });

  it('features guides and services, then close terms, then the rest, A–Z within each, up to the limit', () => {
    const cards = [card('Guide', 'Guide'), card('Alpha'), card('Beta'), card('Gamma'), card('Delta'), card('Service', 'Service')];
    const close = new Set(['/Term/Gamma/', '/Term/Delta/']);
    expect(featuredBacklinks(cards, close, 4).map((c) => c.title)).toEqual(['Guide', 'Service', 'Gamma', 'Delta']);
    expect(featuredBacklinks(cards, new Set(), 4).map((c) => c.title)).toEqual(['Guide', 'Service', 'Alpha', 'Beta']);
    expect(featuredBacklinks(cards, close, 99).map((c) => c.title)).toEqual(['Guide', 'Service', 'Gamma', 'Delta', 'Alpha', 'Beta']);
  });

  it('puts the full list under the term', () => {
    expect(mentionedInPath('user')).toBe('/glossary/user/mentions/');
  });

  it("shows a term's backlinks, those it links to or relates to first, with no full list while all fit", () => {
    const g = pageGlossary();
    expect(mentionedInSection(g, g.term('session')!)).toEqual({
      shown: [
        { href: '/guides/measuring/', title: 'Measuring', kind: 'Guide' },
        { href: '/glossary/user/', title: 'User', kind: 'Term' },
        { href: '/glossary/engaged-session/', title: 'Engaged session', kind: 'Term' },
      ],
      fullList: undefined,
    });
  });

  it('shows the featured few and links to the full list when there are more', () => {
    const linking = Array.from({ length: BACKLINKS_SHOWN + 1 }, (_, i) => term(`linking-${String(i).padStart(2, '0')}`, {}, `${BODY}\nSee [[user]].`));
    const g = createGlossary(input({ terms: [...input().terms, ...linking] }));
    const section = mentionedInSection(g, g.term('user')!);
    expect(section.shown.map((c) => c.title)).toEqual(linking.slice(0, BACKLINKS_SHOWN).map((t) => t.data.title));
    expect(section.fullList).toEqual({ href: '/glossary/user/mentions/', text: `All ${BACKLINKS_SHOWN + 1} pages that mention User` });
  });
});
