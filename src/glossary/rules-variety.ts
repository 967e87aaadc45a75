/**
 * Variety warnings: terms written one after another drift into a template. These spot two signs
 * of it in the "## In practice" sections, where worked examples live: the same opening words
 * across a category, and the same example figures across terms.
 */
import { listPlaces } from './problem';
import type { TermEntry } from './records';
import { sectionProse, sentenceWords } from './prose';
import type { Check } from './rules-context';

const IN_PRACTICE = 'In practice';

/** A category's sections may share an opening up to this share of them. */
export const OPENING_SHARE_MAX = 1 / 3;
/** Two sections opening alike is chance, even in a small category; from this many it is a habit. */
export const OPENING_REPEAT_MIN = 3;

/** The "## In practice" section of each term that has one, with its file line. */
function inPracticeSections(terms: readonly TermEntry[], bodyLine: (file: string) => number) {
  return terms.flatMap((term) => {
    const section = sectionProse(term, IN_PRACTICE);
    return section?.text.trim() ? [{ term, text: section.text, line: bodyLine(term.filePath) + section.line }] : [];
  });
}

/** A section's first two words, normalised as sentences are ("[[A/B test]]s" reads "a b"). */
const openingOf = (text: string) => sentenceWords(text).slice(0, 2).join(' ');

/** More than a third of a category's "## In practice" sections open with the same two words. */
export const sameOpenings: Check = ({ input, bodyLine }) => {
  const sections = inPracticeSections(input.terms, bodyLine).map((s) => ({ ...s, opening: openingOf(s.text) }));
  return input.categories.flatMap(({ slug: category }) => {
    const inCategory = sections.filter((s) => s.term.data.categories.includes(category));
    const byOpening = new Map<string, typeof inCategory>();
    for (const section of inCategory) {
      const group = byOpening.get(section.opening);
      if (group) group.push(section);
      else byOpening.set(section.opening, [section]);
    }
    return [...byOpening]
      .filter(([, group]) => group.length >= OPENING_REPEAT_MIN && group.length > inCategory.length * OPENING_SHARE_MAX)
      .flatMap(([opening, group]) => {
        const files = group.map((s) => s.term.filePath);
        return group.map(({ term, line }, i) => ({
          file: term.filePath,
          line,
          message: `"## ${IN_PRACTICE}" opens with "${opening}" in ${group.length} of the ${inCategory.length} terms of category "${category}", as in ${listPlaces(files, i)}; open it another way`,
        }));
      });
  });
};

/**
 * A figure of a worked example: a number written with a currency sign (£ $ € ¥), a decimal point
 * or a per cent sign, as in "£40", "2.4" or "35 %"; plain counts ("1,000 sessions") and times are
 * not figures, since every example needs some. Thousands separators and the space before "%" do
 * not matter: "£1,200" and "£1200" are one figure.
 */
const NUMBER = /(?<![\p{L}\p{N}.,])([£$€¥])?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%)?/gu;

/** The distinct figures of a text, in normalised form ("£1200", "2.4", "35%"), in order of first use. */
export function figuresIn(text: string): string[] {
  const figures = [...text.matchAll(NUMBER)]
    .filter(([, currency, , decimals, percent]) => currency || decimals || percent)
    .map(([, currency, whole, decimals, percent]) => `${currency ?? ''}${(whole ?? '').replace(/,/g, '')}${decimals ?? ''}${percent ? '%' : ''}`);
  return [...new Set(figures)];
}

/** A worked example recurs when this many of its figures appear together in another term's… */
export const FIGURES_IN_COMMON = 3;
/** …and in more terms than this. */
export const FIGURE_TERMS_MAX = 3;

/** Figures in numeric order, whatever their signs: "1.5", "2.5%", "£40". */
const byValue = (a: string, b: string) => Number.parseFloat(a.replace(/[^\d.]/g, '')) - Number.parseFloat(b.replace(/[^\d.]/g, '')) || a.localeCompare(b);

/** Every way to choose `size` items of a list, each in list order. */
function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) => combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
}

/** Recurring sets of figures a term's message names before it says how many more there are. */
const SETS_SHOWN = 3;

/**
 * The same set of worked-example figures in more than FIGURE_TERMS_MAX terms. A single figure
 * recurs for good reasons (5% significance, 80% power); several recurring together mean one
 * example copied. Only figures that are common on their own can be part of a common set, which
 * keeps the sets to count small however many terms there are. Each term gets one warning naming
 * its recurring sets, so however widely they recur the report stays one line per term.
 */
export const repeatedFigures: Check = ({ input, bodyLine }) => {
  const sections = inPracticeSections(input.terms, bodyLine).map((s) => ({ ...s, figures: figuresIn(s.text) }));
  type Section = (typeof sections)[number];
  const termsWith = new Map<string, number>();
  for (const s of sections) for (const figure of s.figures) termsWith.set(figure, (termsWith.get(figure) ?? 0) + 1);
  const bySet = new Map<string, Section[]>();
  for (const s of sections) {
    const common = s.figures.filter((f) => (termsWith.get(f) ?? 0) > FIGURE_TERMS_MAX).sort(byValue);
    for (const set of combinations(common, FIGURES_IN_COMMON)) {
      const key = set.join(' ');
      const group = bySet.get(key);
      if (group) group.push(s);
      else bySet.set(key, [s]);
    }
  }
  // Sets shared by the same terms are one example: their figures are reported together.
  const byTerms = new Map<string, { figures: Set<string>; group: Section[] }>();
  for (const [key, group] of bySet) {
    if (group.length <= FIGURE_TERMS_MAX) continue;
    const terms = group.map((s) => s.term.filePath).join('|');
    const example = byTerms.get(terms) ?? { figures: new Set<string>(), group };
    for (const figure of key.split(' ')) example.figures.add(figure);
    byTerms.set(terms, example);
  }
  // Each term's examples, described only for the few its message names.
  type Example = { figures: string; files: string[]; group: Section[] };
  const examplesOf = new Map<Section, { example: Example; index: number }[]>();
  for (const { figures, group } of byTerms.values()) {
    const example = { figures: [...figures].sort(byValue).join(', '), files: group.map((s) => s.term.filePath), group };
    group.forEach((section, index) => {
      const examples = examplesOf.get(section);
      if (examples) examples.push({ example, index });
      else examplesOf.set(section, [{ example, index }]);
    });
  }
  const describe = ({ example, index }: { example: Example; index: number }) =>
    `${example.figures}, like ${example.group.length - 1} other terms (${listPlaces(example.files, index)})`;
  return sections.flatMap((section) => {
    const examples = examplesOf.get(section);
    if (!examples) return [];
    const more = examples.length > SETS_SHOWN ? `; and ${examples.length - SETS_SHOWN} more sets` : '';
    return [{ file: section.term.filePath, line: section.line, message: `the worked example uses ${examples.slice(0, SETS_SHOWN).map(describe).join('; and ')}${more}; vary the figures` }];
  });
};
