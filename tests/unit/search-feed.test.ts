import { afterEach, describe, expect, it } from 'vitest';
import { closeSearchFeed, openSearchFeed, pathInSite, searchFeed } from '../../src/integrations/search-feed';

describe('pathInSite', () => {
  it('keeps paths of a site at the root', () => {
    expect(pathInSite('/glossary/bounce-rate/', '/')).toBe('/glossary/bounce-rate/');
    expect(pathInSite('/', '/')).toBe('/');
  });
  it('takes the base path off', () => {
    expect(pathInSite('/lexicon/glossary/bounce-rate/', '/lexicon/')).toBe('/glossary/bounce-rate/');
    expect(pathInSite('/lexicon/glossary/bounce-rate/', '/lexicon')).toBe('/glossary/bounce-rate/');
    expect(pathInSite('/lexicon/', '/lexicon/')).toBe('/');
    expect(pathInSite('/lexicon', '/lexicon/')).toBe('/');
  });
  it('leaves a path that only starts with the same letters as the base', () => {
    expect(pathInSite('/lexicons/page/', '/lexicon/')).toBe('/lexicons/page/');
  });
});

describe('the search feed', () => {
  afterEach(closeSearchFeed);
  it('is closed until a build opens it', () => {
    expect(searchFeed()).toBeUndefined();
  });
  it('passes pages to the sink that opened it, until closed', () => {
    const pages: [string, string][] = [];
    openSearchFeed((path, html) => pages.push([path, html]));
    searchFeed()?.('/a/', '<p>a</p>');
    closeSearchFeed();
    expect(searchFeed()).toBeUndefined();
    expect(pages).toEqual([['/a/', '<p>a</p>']]);
  });
});
