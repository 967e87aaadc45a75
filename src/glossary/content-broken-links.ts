/**
 * Links to terms that do not exist. The markdown plugin stops at the first one it renders; here
 * every one is found, with its file line, and neutralised, so the glossary (and its link graph)
 * can still be built and every problem reported at once.
 */
import type { LinkIndex } from '../term-links/link-index';
import { UnknownTermError } from '../term-links/plugin';
import { glossaryLinkIndex } from './glossary';
import { linkedTermsOnce } from './link-memo';
import type { Issue } from './problem';
import type { GlossaryInput } from './records';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The text with links to `target` neutralised: wiki-links become escapes, /glossary/ URLs anchors. */
export function unlink(text: string, target: string): string {
  const wiki = new RegExp(`\\[\\[\\s*${escapeRegExp(target)}\\s*(\\|[^\\]\\n]+?)?\\]\\]`, 'g');
  const url = new RegExp(`\\]\\(\\s*/glossary/${escapeRegExp(target)}/?(#[^)]*)?\\)`, 'g');
  return text.replace(wiki, `[[!${target}$1]]`).replace(url, '](#broken-link)');
}

interface Place {
  index: LinkIndex;
  file: string;
  self?: string;
  autolink: boolean;
  /** "body", whose line numbers are those of the file from `firstLine` on, or e.g. "faq[1].answer". */
  field: string;
  firstLine?: number;
}

function issueOf(error: UnknownTermError, place: Place): Issue {
  const message = `unknown term "${error.target}"${error.suggestion ? ` — did you mean "${error.suggestion}"?` : ''}`;
  const line = /:(\d+)$/.exec(error.location)?.[1];
  if (place.field === 'body' && line) return { file: place.file, line: Number(line) + (place.firstLine ?? 1) - 1, message };
  return { file: place.file, field: place.field, message };
}

/** Upper bound on distinct unknown targets in one text, so a pathological text cannot loop forever. */
const MAX_BROKEN_PER_TEXT = 200;

/** `text` with every link to an unknown term neutralised, and one issue per such link. */
function neutraliseText(text: string, place: Place): { text: string; issues: Issue[] } {
  const issues: Issue[] = [];
  const { index, file, self, autolink } = place;
  for (let attempt = 0; attempt < MAX_BROKEN_PER_TEXT; attempt++) {
    try {
      linkedTermsOnce(text, { index, file, autolink, ...(self ? { self } : {}) }, place.field);
      return { text, issues };
    } catch (error) {
      if (!(error instanceof UnknownTermError)) throw error;
      issues.push(issueOf(error, place));
      const next = unlink(text, error.target);
      if (next === text) break;
      text = next;
    }
  }
  return { text: '', issues };
}

/** Every link to an unknown term in bodies and FAQ answers, and the input with those links neutralised. */
export function neutraliseBrokenLinks(
  input: GlossaryInput,
  /** Line of the file on which each body starts, so issues give file line numbers. */
  bodyLine: (file: string) => number = () => 1,
): { input: GlossaryInput; issues: Issue[] } {
  // The index the glossary links with, so the links already found for it are not looked for again.
  const index = glossaryLinkIndex(input.terms);
  const issues: Issue[] = [];
  const fixBody = <E extends GlossaryInput['terms' | 'guides' | 'services'][number]>(entry: E, self: string | undefined): E => {
    const place = { index, file: entry.filePath, ...(self ? { self } : {}), autolink: entry.data.autolink, field: 'body', firstLine: bodyLine(entry.filePath) };
    const fixed = neutraliseText(entry.body, place);
    issues.push(...fixed.issues);
    return { ...entry, body: fixed.text };
  };
  const terms = input.terms.map((term) => {
    const fixed = fixBody(term, term.slug);
    const faq = term.data.faq.map((item, i) => {
      const answer = neutraliseText(item.answer, { index, file: term.filePath, self: term.slug, autolink: false, field: `faq[${i}].answer` });
      issues.push(...answer.issues);
      return { ...item, answer: answer.text };
    });
    return { ...fixed, data: { ...fixed.data, faq } };
  });
  return {
    input: { terms, guides: input.guides.map((g) => fixBody(g, undefined)), services: input.services.map((s) => fixBody(s, undefined)), categories: input.categories },
    issues,
  };
}
