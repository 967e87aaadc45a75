/**
 * A small glossary for the page-model tests: two categories, three terms that link to each other,
 * one guide and one service. `term()` and `input()` come from the shared fixtures.
 */
import { createGlossary, type Glossary } from '../../../src/glossary/glossary';
import type { GuideEntry, ServiceEntry } from '../../../src/glossary/records';
import { guideSchema, serviceSchema } from '../../../src/glossary/schema';
import { BODY, input, term } from '../fixtures';

export const SITE_URL = new URL('https://lexicon.test');

export function guide(slug: string, data: Record<string, unknown> = {}, body = 'A path.\n'): GuideEntry {
  return {
    slug,
    filePath: `content/guides/${slug}.mdx`,
    body,
    data: guideSchema.parse({ title: `Guide ${slug}`, summary: `Learn ${slug}.`, steps: ['user', 'session'], minutes: 7, updated: '2026-11-27', ...data }),
  };
}

export function service(slug: string, data: Record<string, unknown> = {}, body = 'Work.\n'): ServiceEntry {
  return {
    slug,
    filePath: `content/services/${slug}.mdx`,
    body,
    data: serviceSchema.parse({ title: `Service ${slug}`, summary: `We do ${slug}.`, updated: '2026-11-27', ...data }),
  };
}

export const CATEGORIES = [
  { slug: 'analytics', data: { title: 'Analytics', description: 'Counting.' } },
  { slug: 'ux', data: { title: 'UX', description: 'Using.' } },
];

/**
 * "Session" has everything a term page can show; "User" links to it from its body and "Engaged
 * session" from an FAQ answer; the guide walks user → session and the service is about session.
 */
export function pageGlossary(): Glossary {
  return createGlossary(
    input({
      terms: [
        term('session', {
          summary: 'A [[session]] is a group of [[user]] interactions.',
          categories: ['analytics', 'ux'],
          aliases: ['visit'],
          plainEnglish: 'One visit.',
          faq: [{ question: 'How long is a session?', answer: 'Until the [[user]] is idle for 30 minutes.' }],
          related: { terms: ['user'] },
          sources: [{ title: 'GA4 help', url: 'https://support.google.com/analytics/' }],
          updated: '2026-03-05',
        }),
        term('user', {}, `${BODY}\nEach user starts a session.`),
        term('engaged-session', { faq: [{ question: 'Why?', answer: 'A [[session]] that lasts.' }] }),
      ],
      guides: [guide('measuring', { title: 'Measuring', level: 'intermediate' }, 'Start with a session.\n')],
      services: [service('audit', { title: 'Audit', terms: ['session'] })],
      categories: CATEGORIES,
    }),
  );
}
