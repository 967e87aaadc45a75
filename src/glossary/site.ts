/** Site-wide names and navigation, in one place for the layout, SEO and structured data. */
export const SITE = {
  name: 'Lexicon',
  tagline: 'The glossary of conversion optimisation, analytics and UX',
  description:
    'Clear, sourced definitions of the words used in analytics, conversion optimisation and user experience, with previews, search and live demos.',
  locale: 'en_GB',
  lang: 'en-GB',
} as const;

export const NAV = [
  { href: '/glossary/', label: 'Glossary' },
  { href: '/guides/', label: 'Guides' },
] as const;

export const termPath = (slug: string) => `/glossary/${slug}/`;
export const categoryPath = (slug: string) => `/glossary/category/${slug}/`;
export const guidePath = (slug: string) => `/guides/${slug}/`;
export const servicePath = (slug: string) => `/services/${slug}/`;

/** Dates read "27 November 2026" for people and ISO for machines. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
