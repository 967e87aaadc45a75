import { createLinkIndex, type TermNames } from '../../src/term-links/link-index';

/** A small glossary for the term-link tests: overlapping names ("user behaviour" contains
 *  "behaviour"), aliases, spelling variants and a name with punctuation ("A/B test"). */
export const TERM_NAMES: readonly TermNames[] = [
  { slug: 'session', title: 'Session', aliases: ['visit', 'sessions'] },
  { slug: 'user-behaviour', title: 'User behaviour', aliases: ['user behavior'] },
  { slug: 'behaviour', title: 'Behaviour', aliases: ['behavior'] },
  { slug: 'interaction', title: 'Interaction', aliases: ['interactions'] },
  { slug: 'ab-test', title: 'A/B test', aliases: ['split test'] },
];

export const linkIndex = createLinkIndex(TERM_NAMES);
