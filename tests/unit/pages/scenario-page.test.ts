import { describe, expect, it } from 'vitest';
import type { Glossary } from '../../../src/glossary/glossary';
import { scenarioPage } from '../../../src/glossary/pages/scenario-page';
import { scenariosIndexPage } from '../../../src/glossary/pages/scenarios-index-page';
import { scenarioLinksFor } from '../../../src/glossary/scenario-links';
import { parseScenario } from '../../../src/glossary/scenario-parse';
import { replayScenario } from '../../../src/glossary/scenario-replay';

const SOURCE = `title: A 31-minute read
summary: One page, read for 31 minutes.
illustrates: [session, no-such-term-in-this-glossary]
timezone: Europe/London
start: 2026-01-10T23:50
steps:
  - 0:00:00 view /glossary/session/ from https://www.google.com/
  - 0:10:00 scroll 50%
  - 0:31:00 scroll 90%
  - 0:33:00 hidden
`;
const { scenario } = parseScenario('content/scenarios/long-read.yaml', SOURCE);
const glossary = { term: (slug: string) => (slug === 'session' ? { data: { title: 'Session' } } : undefined) } as unknown as Pick<Glossary, 'term'>;
const page = scenarioPage(scenario!, replayScenario(scenario!), glossary);
const lane = (id: string) => page.lanes.find((l) => l.id === id)!;

describe('a scenario page', () => {
  it('says what, when and where', () => {
    expect(page).toMatchObject({
      slug: 'long-read',
      title: 'A 31-minute read',
      description: 'One page, read for 31 minutes.',
      href: '/demos/scenarios/long-read/',
      crumbs: [
        { name: 'Home', href: '/' },
        { name: 'Scenario lab', href: '/demos/scenarios/' },
        { name: 'A 31-minute read', href: '/demos/scenarios/long-read/' },
      ],
      startWords: 'Saturday, 10 January 2026 at 23:50 (Europe/London)',
      durationWords: '33 minutes',
      axisEndMs: 35 * 60_000,
      terms: [{ title: 'Session', href: '/glossary/session/' }],
    });
  });

  it('puts the steps on the timeline in words, with the wall clock past midnight', () => {
    expect(page.steps.map((s) => [s.offset, s.clock, s.glyph, s.words, s.startPct, s.row])).toEqual([
      ['0:00:00', '23:50', 'P', 'Opens /glossary/session/ from www.google.com', 0, 0],
      ['0:10:00', '00:00 (next day)', 'S', 'Scrolls to 50 %', 28.6, 0],
      ['0:31:00', '00:21 (next day)', 'S', 'Scrolls to 90 %', 88.6, 0],
      ['0:33:00', '00:23 (next day)', 'H', 'Leaves the tab (it is hidden)', 94.3, 0],
    ]);
    expect(page.away).toEqual([{ startPct: 94.3, endPct: 100 }]);
    expect(page.midnights).toEqual([{ pct: 28.6, label: 'midnight' }]);
    expect(page.legend.map((l) => l.glyph)).toEqual(['P', 'S', 'H']);
  });

  it('explains GA4 splitting the read in two, with its sessions, hits and sources', () => {
    const ga4 = lane('ga4');
    expect(ga4.count).toBe(2);
    expect(ga4.explanation).toBe('2 sessions: nothing reached it between 0:00:00 and 0:31:00, longer than its timeout of 30 minutes.');
    expect(ga4.sessions.map((s) => [s.words, s.startPct, s.endPct, s.continues])).toEqual([
      ['Session 1: from 0:00:00, 1 hit, ended after 30 minutes without a hit at 0:30:00.', 0, 85.7, false],
      ['Session 2: from 0:31:00, 2 hits, ended after 30 minutes without a hit at 1:03:00.', 88.6, 100, true],
    ]);
    expect(ga4.hits).toEqual([
      { offset: '0:00:00', name: 'page_view', count: 1, params: 'page /glossary/session/', session: 1, dropped: false },
      { offset: '0:31:00', name: 'scroll', count: 1, params: 'percent_scrolled 90, engagement_time_msec 1860000', session: 2, dropped: false },
      { offset: '0:33:00', name: 'user_engagement', count: 1, params: 'engagement_time_msec 120000', session: 2, dropped: false },
    ]);
    expect(ga4.ignored).toBe('1 scroll');
    expect(ga4.ruleNote).toBe('Ends after 30 minutes without a hit. Midnight and new campaigns do not split a session, and it has no length limit.');
    expect(ga4.hitSeconds).toBe('0 1860 1980');
    expect(ga4.sources[0]).toEqual({ title: 'Google Analytics Help: [GA4] About Analytics sessions', url: 'https://support.google.com/analytics/answer/9191807' });
    expect(ga4.metrics.map((m) => [m.name, m.value])).toEqual([
      ['Sessions', '2'],
      ['Engaged sessions', '2'],
      ['Engagement rate', '100 %'],
      ['Bounce rate', '0 %'],
      ['Views', '1'],
    ]);
  });

  it('explains a tool that heard one hit, and one that has no such metric', () => {
    const ua = lane('ua');
    expect(ua.explanation).toBe('1 session: it heard a single hit, at 0:00:00; the 2 scrolls were not sent to it.');
    expect(ua.metrics.find((m) => m.name.startsWith('Engaged'))).toMatchObject({ name: 'Engaged sessions (no such metric)', value: '—' });
    expect(lane('posthog-replay').explanation).toBe('1 session: no two hits it heard were more than 30 minutes apart, and no other rule split it.');
    expect(lane('posthog-replay').variantNote).toMatch(/^Session replay on: /);
  });

  it('stops the slider at every step and every session start or end on the axis', () => {
    expect(page.moments.map((m) => [m.atMs / 60_000, m.words])).toEqual([
      [0, 'Opens /glossary/session/ from www.google.com'],
      // Midnight in London: UA, Mixpanel and Matomo end their first session; Mixpanel's scroll
      // exactly at midnight already belongs to the next day's session.
      [10, 'Scrolls to 50 %; UA session 1 ends; Mixpanel session 1 ends; Mixpanel starts session 2; Matomo visit 1 ends; Matomo + heartbeat visit 1 ends'],
      [30, 'GA4 session 1 ends; Adobe visit 1 ends; PostHog session 1 ends'],
      [31, 'Scrolls to 90 %; GA4 starts session 2'],
      [33, 'Leaves the tab (it is hidden); Matomo + heartbeat starts visit 2'],
    ]);
  });
});

describe('a burst', () => {
  it('is listed as one row per hit name, and drawn as one mark', () => {
    const burst = parseScenario('content/scenarios/burst.yaml', SOURCE.replace(/steps:[\s\S]*$/, 'steps:\n  - 0:00:00 view /a/\n  - 0:00:02 view /a/photo/ x6 every 2s\n  - 0:30:00 hidden\n')).scenario!;
    const ga4 = scenarioPage(burst, replayScenario(burst), glossary).lanes.find((l) => l.id === 'ga4')!;
    expect(ga4.hits.map((h) => [h.offset, h.until, h.name, h.count])).toEqual([
      ['0:00:00', '0:00:12', 'page_view', 7],
      ['0:00:02', '0:00:12', 'user_engagement', 6],
      ['0:30:00', undefined, 'user_engagement', 1],
    ]);
    expect(ga4.marks.map((m) => [m.startMs, m.count])).toEqual([
      [0, 13],
      [30 * 60_000, 1],
    ]);
  });
});

describe('the scenario index and term links', () => {
  it('lists each scenario with every lane’s count', () => {
    const index = scenariosIndexPage([{ scenario: scenario!, lanes: replayScenario(scenario!) }]);
    expect(index.cards[0]).toMatchObject({ slug: 'long-read', href: '/demos/scenarios/long-read/', split: true });
    expect(index.cards[0]!.counts.slice(0, 3)).toEqual([
      { id: 'ga4', short: 'GA4', name: 'Google Analytics 4', count: 2, word: 'sessions' },
      { id: 'ua', short: 'UA', name: 'Universal Analytics (historic)', count: 1, word: 'session' },
      { id: 'adobe', short: 'Adobe', name: 'Adobe Analytics', count: 1, word: 'visit' },
    ]);
  });

  it('links a term to the scenarios that illustrate it', () => {
    expect(scenarioLinksFor('session', [scenario!])).toEqual([{ title: 'A 31-minute read', href: '/demos/scenarios/long-read/' }]);
    expect(scenarioLinksFor('bounce-rate', [scenario!])).toEqual([]);
  });

  it('shows the scenarios most about a term first, and at most four', () => {
    const named = (slug: string, illustrates: string[]) => ({ ...scenario!, slug, title: slug, illustrates });
    const all = [
      named('a', ['campaign', 'session']),
      named('b', ['session']),
      named('c', ['bounce-rate', 'engaged-session', 'session']),
      named('d', ['session', 'campaign']),
      named('e', ['engaged-session', 'session']),
      named('f', ['session']),
    ];
    expect(scenarioLinksFor('session', all).map((link) => link.title)).toEqual(['b', 'd', 'f', 'a']);
  });
});
