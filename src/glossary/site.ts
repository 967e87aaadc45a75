/** Site-wide names, paths and navigation, in one place for the layout, SEO and structured data. */
import { withBase } from '../term-links/base-path';

/**
 * Where a reader who wants the work a services page describes gets in touch: an email address,
 * a contact page (a URL or a site path), or both. Unset, services pages end with what to read next
 * instead, and the build warns (src/integrations/contact-check.ts).
 */
export interface SiteContact {
  email?: string;
  url?: string;
}

export const SITE = {
  name: 'Lexicon',
  tagline: 'The glossary of conversion optimisation, analytics and UX',
  description:
    'Clear, sourced definitions of the words used in analytics, conversion optimisation and user experience, with previews, search and live demos.',
  locale: 'en_GB',
  lang: 'en-GB',
  // Left unset on purpose: no real address exists yet, and a made-up one would be a dead end.
  contact: {} as SiteContact,
} as const;

/**
 * The base path the site is built for (Astro's `base`, set from BASE_PATH): "/" or e.g. "/lexicon/".
 * Every URL a page, feed or JSON file links to goes through `sitePath`, so the built folder works
 * at a host's root or under a sub-path. (Outside Vite, e.g. the content lint, it is "/".)
 */
export const BASE: string = import.meta.env?.BASE_URL ?? '/';

/** A site path (`/glossary/`) as the built site links to it (`/lexicon/glossary/` under that base). */
export const sitePath = (path: string) => withBase(BASE, path);

export const NAV = [
  { href: sitePath('/glossary/'), label: 'Glossary' },
  { href: sitePath('/guides/'), label: 'Guides' },
  { href: sitePath('/services/'), label: 'Services' },
] as const;

export const termPath = (slug: string) => sitePath(`/glossary/${slug}/`);
export const categoryPath = (slug: string) => sitePath(`/glossary/category/${slug}/`);
export const guidePath = (slug: string) => sitePath(`/guides/${slug}/`);
export const servicePath = (slug: string) => sitePath(`/services/${slug}/`);

/** An absolute URL of a site path, for canonical links and structured data. */
export const absoluteUrl = (path: string, site: URL | undefined) => new URL(path, site).href;

/**
 * Dates read "27 November 2026" for people and ISO for machines, both in UTC: content dates are
 * calendar days (midnight UTC), which a local time zone west of UTC would show as the day before.
 */
/** Made once: creating a date formatter costs far more than formatting with it. */
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

/** The UTC calendar day of a date, e.g. "2026-11-27". */
export const utcIsoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A date as a page shows it: text for the reader and the ISO day for `<time datetime>`. */
export interface DateStamp {
  iso: string;
  text: string;
}

export const dateStamp = (date: Date): DateStamp => ({ iso: utcIsoDate(date), text: formatDate(date) });
