import { describe, expect, it } from 'vitest';
import { linkSegments, type PageLinkState, type UnknownTarget } from '../../src/term-links/segments';
import { linkIndex as index } from './term-names-fixture';

const page = (over: Partial<PageLinkState> = {}): PageLinkState => ({ autolink: true, linked: new Set(), ...over });
const failOnUnknown = {
  linksAllowed: true,
  onUnknown: (unknown: UnknownTarget) => {
    throw new Error(`unexpected unknown target ${unknown.target}`);
  },
};

describe('wiki-links', () => {
  it('link [[title]], [[alias]] and [[target|text]] case-insensitively', () => {
    expect(linkSegments('[[interaction]] and [[Visit]] and [[user-behaviour|what people do]]', index, page({ autolink: false }), failOnUnknown)).toEqual([
      { kind: 'link', slug: 'interaction', text: 'interaction', explicit: true },
      { kind: 'text', text: ' and ' },
      { kind: 'link', slug: 'session', text: 'Visit', explicit: true },
      { kind: 'text', text: ' and ' },
      { kind: 'link', slug: 'user-behaviour', text: 'what people do', explicit: true },
    ]);
  });

  it('trim the spaces inside the brackets', () => {
    expect(linkSegments('[[ visit | a visit ]]', index, page(), failOnUnknown)).toEqual([{ kind: 'link', slug: 'session', text: 'a visit', explicit: true }]);
  });

  it('count as the page’s link to that term, so its name is not auto-linked again', () => {
    const state = page();
    expect(linkSegments('[[Session]], then a session.', index, state, failOnUnknown)).toEqual([
      { kind: 'link', slug: 'session', text: 'Session', explicit: true },
      { kind: 'text', text: ', then a session.' },
    ]);
    expect(state.linked).toEqual(new Set(['session']));
  });

  it('render as their text where links are not allowed', () => {
    expect(linkSegments('About [[Session|visits]] and behaviour', index, page(), { ...failOnUnknown, linksAllowed: false })).toEqual([
      { kind: 'text', text: 'About visits and behaviour' },
    ]);
  });

  it('report an unknown target with its offset and a suggestion, and show its text', () => {
    const unknown: UnknownTarget[] = [];
    const segments = linkSegments('See [[Interation]] or [[zzz|this]].', index, page(), { linksAllowed: true, onUnknown: (u) => unknown.push(u) });
    expect(unknown).toEqual([
      { target: 'Interation', offset: 4, suggestion: 'Interaction' },
      { target: 'zzz', offset: 22, suggestion: undefined },
    ]);
    expect(segments).toEqual([{ kind: 'text', text: 'See Interation or this.' }]);
  });
});

describe('the escape [[!name]]', () => {
  it('shows the name, or its text, as plain text and is never auto-linked', () => {
    expect(linkSegments('A [[!visit]] and [[!interaction|a click]].', index, page(), failOnUnknown)).toEqual([{ kind: 'text', text: 'A visit and a click.' }]);
  });
});

describe('auto-linking', () => {
  it('prefers the longest name: "user behaviour" beats "behaviour"', () => {
    expect(linkSegments('Study user behaviour closely.', index, page(), failOnUnknown)).toEqual([
      { kind: 'text', text: 'Study ' },
      { kind: 'link', slug: 'user-behaviour', text: 'user behaviour', explicit: false },
      { kind: 'text', text: ' closely.' },
    ]);
  });

  it('links whole words only, and each term once per page', () => {
    const state = page();
    expect(linkSegments('Sessionless tokens; a session, then sessions.', index, state, failOnUnknown)).toEqual([
      { kind: 'text', text: 'Sessionless tokens; a ' },
      { kind: 'link', slug: 'session', text: 'session', explicit: false },
      { kind: 'text', text: ', then sessions.' },
    ]);
    expect(linkSegments('Another session.', index, state, failOnUnknown)).toEqual([{ kind: 'text', text: 'Another session.' }]);
  });

  it('never links the page’s own term, by name or by wiki-link', () => {
    expect(linkSegments('A session and [[Session]].', index, page({ self: 'session' }), failOnUnknown)).toEqual([
      { kind: 'text', text: 'A session and session.' },
    ]);
  });

  it('links names with punctuation such as "A/B test"', () => {
    expect(linkSegments('Run an A/B test first.', index, page(), failOnUnknown)).toEqual([
      { kind: 'text', text: 'Run an ' },
      { kind: 'link', slug: 'ab-test', text: 'A/B test', explicit: false },
      { kind: 'text', text: ' first.' },
    ]);
  });

  it('is off when the page turns it off, leaving wiki-links working', () => {
    expect(linkSegments('A session and [[behaviour]].', index, page({ autolink: false }), failOnUnknown)).toEqual([
      { kind: 'text', text: 'A session and ' },
      { kind: 'link', slug: 'behaviour', text: 'behaviour', explicit: true },
      { kind: 'text', text: '.' },
    ]);
  });
});

describe('capitalisation', () => {
  it('auto-links keep the text they wrap exactly as written, at a sentence start or inside one', () => {
    expect(linkSegments('Sessions end. A Session, a SESSION and an interaction.', index, page(), failOnUnknown)).toEqual([
      { kind: 'link', slug: 'session', text: 'Sessions', explicit: false },
      { kind: 'text', text: ' end. A Session, a SESSION and an ' },
      { kind: 'link', slug: 'interaction', text: 'interaction', explicit: false },
      { kind: 'text', text: '.' },
    ]);
  });

  it('a title typed as a wiki-link reads as the sentence needs: lower case inside it, as typed at its start', () => {
    expect(linkSegments('A [[Session]] lists steps. [[Interaction]] counts; see [[Behaviour|Behaviour]].', index, page(), failOnUnknown)).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'link', slug: 'session', text: 'session', explicit: true },
      { kind: 'text', text: ' lists steps. ' },
      { kind: 'link', slug: 'interaction', text: 'Interaction', explicit: true },
      { kind: 'text', text: ' counts; see ' },
      { kind: 'link', slug: 'behaviour', text: 'Behaviour', explicit: true },
      { kind: 'text', text: '.' },
    ]);
  });
});
