/**
 * The result list's markup. Each option is a real link (`<a role="option" href>`), so a reader can
 * open a result in a new tab, middle-click it or copy its address; the link itself carries the
 * option role because an option may not contain another interactive element.
 *
 * A page is one line (title, kind, category) plus, when one section matched better than the page's
 * opening, that section with its excerpt: one place to look per page rather than every section.
 */
import type { PagefindData, PagefindSubResult } from './search-index';

const KIND: Record<string, string> = { term: 'Term', guide: 'Guide', service: 'Service', scenario: 'Scenario' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** How well a section matched: Pagefind's score of each matched word in it, summed. */
const sectionScore = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * The section to show under a page: the best-scoring one, when it is a section (a heading with an
 * id) rather than the page's opening, whose hits are the title and the definition itself.
 */
export function bestSection(result: PagefindData): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const s of result.sub_results) if (!best || sectionScore(s) > sectionScore(best)) best = s;
  return best && best.url !== result.url && best.url.includes('#') ? best : undefined;
}

const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** One character of Pagefind's escaped excerpt at `i`: its text and how many characters it spans. */
function charAt(html: string, i: number): { text: string; length: number } {
  const entity = html[i] === '&' ? /^&(#\d+|#x[\da-f]+|[a-z]+);/i.exec(html.slice(i, i + 10)) : null;
  if (!entity) return { text: html[i]!, length: 1 };
  const name = entity[0];
  const code = name.startsWith('&#x') ? parseInt(name.slice(3), 16) : name.startsWith('&#') ? parseInt(name.slice(2), 10) : NaN;
  return { text: Number.isNaN(code) ? (ENTITY[name.toLowerCase()] ?? name) : String.fromCodePoint(code), length: name.length };
}

/**
 * The excerpt without `heading` at its start (Pagefind's text of a section begins with its
 * heading, which the result already shows), with the punctuation Pagefind puts after it. The
 * excerpt's only markup is `<mark>`, kept balanced. Unchanged when it does not start so.
 */
export function withoutLeadingText(excerpt: string, heading: string): string {
  const want = heading.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!want) return excerpt;
  let i = 0;
  let j = 0;
  let open = false;
  const skipTags = () => {
    for (let tag = /^<\/?mark>/.exec(excerpt.slice(i)); tag; tag = /^<\/?mark>/.exec(excerpt.slice(i))) {
      open = !tag[0].startsWith('</');
      i += tag[0].length;
    }
  };
  while (j < want.length) {
    skipTags();
    if (i >= excerpt.length) return excerpt;
    const c = charAt(excerpt, i);
    if (want[j] === ' ' && /\s/.test(c.text)) {
      while (i < excerpt.length && /\s/.test(excerpt[i]!)) i++;
      j++;
      continue;
    }
    if (c.text.toLowerCase() !== want[j]) return excerpt;
    i += c.length;
    j++;
  }
  skipTags();
  // A whole word only: "Session" is not the start of "Sessions are…".
  if (i < excerpt.length && /[\p{L}\p{N}]/u.test(charAt(excerpt, i).text)) return excerpt;
  while (i < excerpt.length && /[.:?!]/.test(excerpt[i]!)) i++;
  skipTags();
  while (i < excerpt.length && /\s/.test(excerpt[i]!)) i++;
  const rest = excerpt.slice(i);
  return open && !rest.startsWith('</mark>') ? `<mark>${rest}` : rest.replace(/^<\/mark>/, '');
}

/**
 * A heading and the ends of it an excerpt may start with: Pagefind centres an excerpt on the
 * matches, so a section's excerpt can begin partway through its heading ("difference between
 * exit rate and bounce rate? …" under "What is the difference between …"). An end of two words or
 * fewer is kept, as it could as well be the start of a sentence.
 */
export function headingEnds(heading: string): string[] {
  const words = heading.trim().split(/\s+/);
  const ends = [words.join(' ')];
  for (let i = 1; words.length - i >= 3; i++) ends.push(words.slice(i).join(' '));
  return ends;
}

/**
 * The excerpt without the headings it starts with (a page's text begins "Title. Definition …"),
 * each dropped once: the sentence after them may well start with the title again.
 */
export function withoutHeadings(excerpt: string, headings: readonly string[]): string {
  let text = excerpt;
  const left = new Set(headings);
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const heading of left) {
      const shorter = headingEnds(heading).map((end) => withoutLeadingText(text, end)).find((t) => t !== text);
      if (shorter === undefined) continue;
      text = shorter;
      left.delete(heading);
      dropped = true;
      break;
    }
  }
  return text;
}

/** Options for the results, ids `${idPrefix}-opt-0`, `-1`, … in order; excerpts are Pagefind's own HTML. */
export function resultsHtml(results: readonly PagefindData[], idPrefix: string): string {
  let n = 0;
  const option = (cls: string, url: string, inner: string) =>
    `<li role="none"><a role="option" id="${idPrefix}-opt-${n++}" class="${cls}" href="${escapeHtml(url)}" tabindex="-1" aria-selected="false">${inner}</a></li>`;
  const excerptHtml = (html: string) => (html ? `<span class="result-excerpt">${html}</span>` : '');
  return results
    .map((r) => {
      const kind = KIND[r.filters['type']?.[0] ?? ''] ?? 'Page';
      const meta = [kind, r.meta['category']].filter(Boolean).map((m) => escapeHtml(m!)).join(' · ');
      const title = r.meta['title'] ?? r.url;
      const headings = [title, ...r.sub_results.map((s) => s.title)];
      const line = `<span class="result-line"><span class="result-title">${escapeHtml(title)}</span> <span class="result-kind">${meta}</span></span>`;
      const section = bestSection(r);
      if (!section) return option('result-main', r.url, line + excerptHtml(withoutHeadings(r.excerpt, headings)));
      const sectionInner = `<span class="result-title">${escapeHtml(section.title)}</span>${excerptHtml(withoutHeadings(section.excerpt, [section.title]))}`;
      return option('result-main', r.url, line) + option('result-section', section.url, sectionInner);
    })
    .join('');
}

/** A term or query to search for instead, as a link to its search (the panel runs it in place). */
export interface Suggestion {
  title: string;
}

const searchLink = (query: string, text = escapeHtml(query)) =>
  `<a href="${escapeHtml(`${import.meta.env.BASE_URL}search/?q=${encodeURIComponent(query)}`)}" data-search-query="${escapeHtml(query)}">${text}</a>`;

const didYouMeanHtml = (suggestions: readonly Suggestion[]) => `Did you mean ${suggestions.map((s) => searchLink(s.title)).join(' or ')}?`;

const count = (total: number) => `${total} result${total === 1 ? '' : 's'}`;

/** The status line when a query found nothing: suggestions if any are close, else a way on. */
export function noResultsHtml(query: string, suggestions: readonly Suggestion[]): string {
  const way = suggestions.length ? ` ${didYouMeanHtml(suggestions)}` : ` Try fewer words, or <a href="${escapeHtml(`${import.meta.env.BASE_URL}glossary/`)}">browse all terms A–Z</a>.`;
  return `No results for “${escapeHtml(query)}”.${way}`;
}

/**
 * The status line when a query found pages: their count, after the close term names when the
 * results are weak (first, as that is what the reader most likely wants).
 */
export function resultCountHtml(query: string, total: number, suggestions: readonly Suggestion[]): string {
  const line = `${count(total)} for “${escapeHtml(query)}”.`;
  return suggestions.length ? `${didYouMeanHtml(suggestions)} ${line}` : line;
}

/** The status line when a clearly meant term was searched instead of the reader's words. */
export function correctedHtml(query: string, corrected: string, total: number): string {
  return `Showing ${count(total)} for <strong>${escapeHtml(corrected)}</strong>. Search instead for ${searchLink(query, `“${escapeHtml(query)}”`).replace('<a ', '<a data-verbatim ')}.`;
}
