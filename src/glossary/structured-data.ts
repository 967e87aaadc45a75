/** schema.org JSON-LD for term pages: the term, its set, its FAQ and the breadcrumb trail. */
export interface BreadcrumbListItem {
  name: string;
  /** Absolute URL. */
  url: string;
}

export function breadcrumbList(crumbs: readonly BreadcrumbListItem[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function definedTerm(term: {
  name: string;
  description: string;
  url: string;
  aliases: readonly string[];
  set: { name: string; url: string };
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': term.url,
    name: term.name,
    description: term.description,
    url: term.url,
    ...(term.aliases.length ? { alternateName: [...term.aliases] } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': term.set.url, name: term.set.name, url: term.set.url },
  };
}

export function definedTermSet(set: { name: string; url: string; description: string; terms: readonly { name: string; url: string }[] }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': set.url,
    name: set.name,
    url: set.url,
    description: set.description,
    // A paged index lists its terms on the letter pages, not all on the overview.
    ...(set.terms.length ? { hasDefinedTerm: set.terms.map((t) => ({ '@type': 'DefinedTerm', name: t.name, url: t.url })) } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
