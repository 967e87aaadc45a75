import { describe, expect, it } from 'vitest';
import { crumbsJsonLd, GLOSSARY_CRUMB, HOME_CRUMB } from '../../../src/glossary/pages/crumbs';
import { SITE_URL } from './page-fixtures';

describe('breadcrumbs', () => {
  it('turn a trail into a BreadcrumbList with absolute URLs', () => {
    expect(crumbsJsonLd([HOME_CRUMB, GLOSSARY_CRUMB], SITE_URL)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://lexicon.test/' },
        { '@type': 'ListItem', position: 2, name: 'Glossary', item: 'https://lexicon.test/glossary/' },
      ],
    });
  });
});
