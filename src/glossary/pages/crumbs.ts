/** Breadcrumb trails: the links a page shows above its title, and the same trail for search engines. */
import { absoluteUrl, sitePath } from '../site';
import { breadcrumbList } from '../structured-data';

export interface Crumb {
  name: string;
  /** Site path; the last crumb is the page itself. */
  href: string;
}

export const HOME_CRUMB: Crumb = { name: 'Home', href: sitePath('/') };
export const GLOSSARY_CRUMB: Crumb = { name: 'Glossary', href: sitePath('/glossary/') };

/** schema.org BreadcrumbList of a trail, with absolute URLs. */
export const crumbsJsonLd = (crumbs: readonly Crumb[], site: URL | undefined) =>
  breadcrumbList(crumbs.map((c) => ({ name: c.name, url: absoluteUrl(c.href, site) })));
