import { describe, expect, it } from 'vitest';
import { alsoCalled, isInflectionOf, nameForms } from '../../src/glossary/also-called';

describe('isInflectionOf', () => {
  it.each([
    ['bounces', 'bounce'],
    ['Bounce rates', 'bounce rate'],
    ['calls to action', 'Call to action'],
    ['CTAs', 'CTA'],
    ['contextual inquiries', 'Contextual inquiry'],
    ['classes', 'class'],
    ['caches', 'cache'],
    ['searches', 'search'],
    ["Fitts' law", "Fitts's law"],
    ['Fitts’s law', "Fitts's law"],
    ['Simpsons paradox', "Simpson's paradox"],
    ['add to cart rate', 'add-to-cart rate'],
    ['carryover effects', 'Carryover effect'],
    ['carry-over effect', 'carryover effect'],
    ['AB test', 'A/B test'],
    ['client_id', 'Client ID'],
    ['dataLayer', 'Data layer'],
    ['pageview', 'Page view'],
    ['Transparency & Consent Framework', 'Transparency and Consent Framework'],
  ])('%s is an inflection of %s', (a, b) => {
    expect(isInflectionOf(a, b)).toBe(true);
    expect(isInflectionOf(b, a)).toBe(true);
  });

  it.each([
    ['behavior', 'Behaviour'],
    ['A/B testing', 'A/B test'],
    ['split test', 'A/B test'],
    ['CTA', 'Call to action'],
    ['bounce', 'Bounce rate'],
    ['business', 'busines'],
    ['analysis', 'analyses'],
  ])('%s is not an inflection of %s', (a, b) => {
    expect(isInflectionOf(a, b)).toBe(false);
  });
});

describe('nameForms', () => {
  it('gives each word its possible singulars, run together', () => {
    expect([...nameForms('Calls to action')]).toEqual(['callstoaction', 'calltoaction']);
    expect([...nameForms('categories')]).toEqual(['categories', 'category', 'categori', 'categorie']);
    expect([...nameForms('Fitts’s law')]).toEqual(['fittslaw', 'fittlaw']);
  });

  it('leaves short words and double-s endings alone', () => {
    expect([...nameForms('as')]).toEqual(['as']);
    expect([...nameForms('process')]).toEqual(['process']);
  });
});

describe('alsoCalled', () => {
  it('drops plurals and spacing variants of the title', () => {
    expect(alsoCalled('Bounce rate', ['bounce', 'bounces', 'bounce rates'])).toEqual(['bounce']);
  });

  it('drops inflections of an alias shown before them, keeping the first form written', () => {
    expect(alsoCalled('Call to action', ['CTA', 'CTAs', 'calls to action'])).toEqual(['CTA']);
    expect(alsoCalled('Express checkout', ['digital wallets', 'wallet payments', 'digital wallet'])).toEqual(['digital wallets', 'wallet payments']);
  });

  it('keeps synonyms, abbreviations, spelling variants and other word forms', () => {
    expect(alsoCalled('A/B test', ['A/B testing', 'split test', 'AB test', 'A/B tests'])).toEqual(['A/B testing', 'split test']);
    expect(alsoCalled('Behaviour', ['behavior', 'behaviours'])).toEqual(['behavior']);
  });

  it('shows nothing when every alias is an inflection', () => {
    expect(alsoCalled('Auto-tagging', ['autotagging', 'auto tagging'])).toEqual([]);
    expect(alsoCalled('Session', [])).toEqual([]);
  });
});
