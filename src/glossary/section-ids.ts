/**
 * The sections of entry pages, each with its element id and heading. Ids are link targets (the
 * "On this page" list, copy-link buttons, shared URLs), so they are defined once here and the page
 * models, the components and the table of contents all read them.
 */
export interface Section {
  /** Element id: the fragment of a link to the section. */
  id: string;
  heading: string;
}

export const SECTIONS = {
  /** The box under a term's title: its summary and plain-English line. */
  inShort: { id: 'in-short', heading: 'In short' },
  /** The plain-English line, inside "In short" (it was a section of its own; old links land on it). */
  plainEnglish: { id: 'plain-english', heading: 'Plain English' },
  commonQuestions: { id: 'common-questions', heading: 'Common questions' },
  relatedTerms: { id: 'related-terms', heading: 'Related terms' },
  relatedGuides: { id: 'related-guides', heading: 'Related guides' },
  relatedServices: { id: 'related-services', heading: 'Related services' },
  mentionedIn: { id: 'mentioned-in', heading: 'Mentioned in' },
  sources: { id: 'sources', heading: 'Sources' },
  onThisPage: { id: 'on-this-page', heading: 'On this page' },
  serviceTerms: { id: 'terms', heading: 'Terms this service involves' },
  nextStep: { id: 'next-step', heading: 'Next step' },
} as const satisfies Record<string, Section>;

/** Id of the nth question (counting from 0) of a term's "Common questions". */
export const faqItemId = (index: number) => `faq-${index + 1}`;
