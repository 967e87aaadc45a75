/**
 * The result list's markup. Each option is a real link (`<a role="option" href>`), so a reader can
 * open a result in a new tab, middle-click it or copy its address; the link itself carries the
 * option role because an option may not contain another interactive element.
 */
import type { PagefindData } from './search-index';

const KIND: Record<string, string> = { term: 'Term', guide: 'Guide', service: 'Service', scenario: 'Scenario' };
/** Sections of a page shown under it, at most. */
const MAX_SECTIONS = 3;

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Options for the results, ids `${idPrefix}-opt-0`, `-1`, … in order; excerpts are Pagefind's own HTML. */
export function resultsHtml(results: readonly PagefindData[], idPrefix: string): string {
  let n = 0;
  const option = (cls: string, url: string, inner: string) =>
    `<li role="none"><a role="option" id="${idPrefix}-opt-${n++}" class="${cls}" href="${escapeHtml(url)}" tabindex="-1" aria-selected="false">${inner}</a></li>`;
  return results
    .map((r) => {
      const kind = KIND[r.filters['type']?.[0] ?? ''] ?? 'Page';
      const meta = [kind, r.meta['category']].filter(Boolean).map((m) => escapeHtml(m!)).join(' · ');
      const title = escapeHtml(r.meta['title'] ?? r.url);
      const head = option('result-main', r.url, `<span class="result-kind">${meta}</span><span class="result-title">${title}</span><span class="result-excerpt">${r.excerpt}</span>`);
      const sections = r.sub_results
        .filter((s) => s.url !== r.url && s.url.includes('#') && s.title !== r.meta['title'])
        .slice(0, MAX_SECTIONS)
        .map((s) => option('result-section', s.url, `<span class="result-title">${escapeHtml(s.title)}</span><span class="result-excerpt">${s.excerpt}</span>`));
      return head + sections.join('');
    })
    .join('');
}

type Suggestion = { title: string; url: string };

const didYouMeanHtml = (suggestions: readonly Suggestion[]) =>
  ` Did you mean ${suggestions.map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>`).join(' or ')}?`;

/** The status line when a query found nothing: suggestions if any are close, else a way on. */
export function noResultsHtml(query: string, suggestions: readonly Suggestion[]): string {
  const way = suggestions.length ? didYouMeanHtml(suggestions) : ` Try fewer words, or <a href="${escapeHtml(`${import.meta.env.BASE_URL}glossary/`)}">browse all terms A–Z</a>.`;
  return `No results for “${escapeHtml(query)}”.${way}`;
}

/**
 * The status line when a query found pages: their count, and the terms its spelling is close to
 * when it names none exactly (a misspelt word can still match stray words such as units).
 */
export function resultCountHtml(query: string, total: number, suggestions: readonly Suggestion[]): string {
  const count = `${total} result${total === 1 ? '' : 's'} for “${escapeHtml(query)}”.`;
  return suggestions.length ? `${count}${didYouMeanHtml(suggestions)}` : count;
}
