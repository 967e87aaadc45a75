/**
 * Editorial rules for content that is valid but not yet good: too few FAQs or related terms,
 * pages nothing links to, vendor claims without a source, placeholders left in. The content lint
 * reports them; the build does not fail on them.
 */
import type { TermEntry } from './records';
import type { Issue } from './problem';
import type { Check } from './rules-context';

export const FAQ_MIN = 3;
export const FAQ_MAX = 8;
/** The flagship term: the page the live session demo sits on, so it answers the most questions. */
export const FLAGSHIP_TERM = 'session';
export const FLAGSHIP_FAQ_MIN = 6;
export const SUMMARY_MIN = 40;
export const RELATED_MIN = 3;
export const INBOUND_MIN = 2;
export const OUTBOUND_MIN = 2;

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export const faqCount: Check = ({ input }) =>
  input.terms.flatMap((t) => {
    const flagship = t.slug === FLAGSHIP_TERM;
    const min = flagship ? FLAGSHIP_FAQ_MIN : FAQ_MIN;
    const count = t.data.faq.length;
    if (count >= min && count <= FAQ_MAX) return [];
    const ask = flagship ? `the flagship term needs ${min}–${FAQ_MAX}` : `write ${min}–${FAQ_MAX}`;
    return [{ file: t.filePath, field: 'faq', message: `has ${plural(count, 'FAQ item')}; ${ask}` }];
  });

/** The schema caps summaries; a very short one rarely stands alone as a meta description. */
export const shortSummaries: Check = ({ input }) =>
  [...input.terms, ...input.guides, ...input.services].flatMap((entry) => {
    const length = entry.data.summary.trim().length;
    return length < SUMMARY_MIN
      ? [{ file: entry.filePath, field: 'summary', message: `summary is only ${length} characters; aim for at least ${SUMMARY_MIN} so it stands alone` }]
      : [];
  });

export const relatedMin: Check = ({ input }) =>
  input.terms.flatMap((t) => {
    const others = new Set(t.data.related.terms.filter((slug) => slug !== t.slug));
    return others.size < RELATED_MIN
      ? [{ file: t.filePath, field: 'related.terms', message: `lists ${plural(others.size, 'other term')}; list at least ${RELATED_MIN}` }]
      : [];
  });

export const orphans: Check = ({ glossary }) =>
  glossary.terms.flatMap((t) => {
    const m = glossary.mentionedIn(t.slug);
    const sources = [...m.terms, ...m.guides, ...m.services].filter((e) => e.filePath !== t.filePath);
    if (sources.length >= INBOUND_MIN) return [];
    const from = sources.length ? ` (only ${sources.map((e) => e.filePath).join(', ')})` : '';
    return [{ file: t.filePath, message: `linked from ${plural(sources.length, 'other entry', 'other entries')}${from}; link it from at least ${INBOUND_MIN} others` }];
  });

export const tooFewLinks: Check = ({ glossary }) =>
  glossary.terms.flatMap((t) => {
    const links = glossary.linksFrom({ kind: 'term', slug: t.slug }).filter((x) => x.slug !== t.slug);
    return links.length < OUTBOUND_MIN
      ? [{ file: t.filePath, field: 'body', message: `its text links to ${plural(links.length, 'other term')}; link at least ${OUTBOUND_MIN} with [[…]]` }]
      : [];
  });

const normaliseSummary = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export const duplicateSummaries: Check = ({ input }) => {
  const groups = new Map<string, TermEntry[]>();
  for (const t of input.terms) {
    const key = normaliseSummary(t.data.summary);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((t) => ({
        file: t.filePath,
        field: 'summary',
        message: `identical to the summary of ${group.filter((o) => o !== t).map((o) => o.filePath).join(', ')}`,
      })),
    );
};

/**
 * Vendor names that signal a product-specific claim. Names that are also ordinary words match only
 * capitalised and not at the start of a sentence or list item ("In Clarity…", not "Clarity matters").
 */
const VENDORS: readonly { name: string; pattern: RegExp }[] = [
  ...['GA4', 'Google Analytics', 'Adobe', 'Mixpanel', 'Matomo', 'PostHog', 'Optimizely', 'Hotjar', 'VWO', 'Statsig'].map((name) => ({
    name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u'),
  })),
  ...['Clarity', 'Amplitude', 'Heap', 'Plausible'].map((name) => ({
    name,
    pattern: new RegExp(`(?<!(?:^|[.!?:]\\s+|\\n\\s*|^\\s*[-*>]\\s+|\\n\\s*[-*>]\\s+|\\n\\s*\\d+\\.\\s+|[\\p{L}\\p{N}]))${name}(?![\\p{L}\\p{N}])`, 'u'),
  })),
];

/** Vendors named in a text, in list order. */
export function vendorsIn(text: string): string[] {
  return VENDORS.filter((v) => v.pattern.test(text)).map((v) => v.name);
}

export const vendorWithoutSource: Check = ({ input }) =>
  input.terms.flatMap((t) => {
    if (t.data.sources.length) return [];
    const vendors = vendorsIn([t.body, ...t.data.faq.flatMap((f) => [f.question, f.answer])].join('\n'));
    return vendors.length
      ? [{ file: t.filePath, field: 'sources', message: `none listed, but the text mentions ${vendors.join(', ')}; cite the vendor's documentation` }]
      : [];
  });

const TODO = /\bTODO\b/;

/** Placeholders from `npm run new-term` that were never replaced: one issue per field, body by line. */
export const todoMarkers: Check = ({ input, bodyLine }) =>
  input.terms.flatMap((t) => {
    const { data } = t;
    const fields: [string, string][] = [
      ['title', data.title],
      ['summary', data.summary],
      ['plainEnglish', data.plainEnglish],
      ...data.faq.flatMap((f, i): [string, string][] => [
        [`faq[${i}].question`, f.question],
        [`faq[${i}].answer`, f.answer],
      ]),
    ];
    const inFields: Issue[] = fields
      .filter(([, text]) => TODO.test(text))
      .map(([field]) => ({ file: t.filePath, field, message: 'replace the TODO placeholder' }));
    const inBody: Issue[] = t.body
      .split('\n')
      .flatMap((line, i) => (TODO.test(line) ? [{ file: t.filePath, line: bodyLine(t.filePath) + i, message: 'replace the TODO placeholder' }] : []));
    return [...inFields, ...inBody];
  });
