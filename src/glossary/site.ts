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

/** An absolute URL of a site path, for canonical links and structured data. */
export const absoluteUrl = (path: string, site: URL | undefined) => new URL(path, site).href;

/**
 * Dates read "27 November 2026" for people and ISO for machines, both in UTC: content dates are
 * calendar days (midnight UTC), which a local time zone west of UTC would show as the day before.
 */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The UTC calendar day of a date, e.g. "2026-11-27". */
export const utcIsoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A date as a page shows it: text for the reader and the ISO day for `<time datetime>`. */
export interface DateStamp {
  iso: string;
  text: string;
}

export const dateStamp = (date: Date): DateStamp => ({ iso: utcIsoDate(date), text: formatDate(date) });
