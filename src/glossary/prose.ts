/**
 * An entry's prose as the originality and variety rules read it: the body's paragraphs, list
 * items, quotes and table rows (not headings, code, comments, imports or components, which are
 * not prose), the summary, and for terms plainEnglish and every FAQ question and answer. It comes
 * split into sentences, each with where it is and a normalised form that ignores what a copy would
 * change without rewording.
 */
import type { GuideEntry, ServiceEntry, TermEntry } from './records';
import { bodySections } from './sections';

/** Where a piece of prose is: a file line for the body, a frontmatter field otherwise. */
export interface ProseLocation {
  file: string;
  /** File line, for the body. */
  line?: number;
  /** Frontmatter field, e.g. "faq[1].answer", for the rest. */
  field?: string;
}

export interface Sentence {
  /** The sentence as written (link syntax reduced to its shown words). */
  text: string;
  /** Its words, normalised (see `sentenceWords`). */
  words: string[];
  /** Its words with each quotation (see `wordsOutsideQuotations`) as the one word `QUOTATION`. */
  ownWords: string[];
  where: ProseLocation;
}

/** `[[target|shown]]` → shown, `[[target]]` and `[[!escape]]` → the words; `[text](url)` → text. */
export function reduceLinks(text: string): string {
  return text
    .replace(/\[\[!?([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/g, (_, target: string, shown?: string) => shown ?? target)
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1');
}

/** Curly quotes become straight ones, so a pasted sentence matches its typed original. */
export function straightenQuotes(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

/**
 * A word: letters and digits, with inner apostrophes, points and commas kept ("Adobe's", "2.4",
 * "1,000"), an optional currency sign before and per cent sign after. Markdown emphasis, code
 * ticks and every other punctuation mark fall away.
 */
const WORD = /[£$€¥]?[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*%?/gu;

/** The words of text whose links are already reduced. */
const wordsOfPlain = (text: string) => straightenQuotes(text).toLowerCase().match(WORD) ?? [];

/** The words of a text, in lower case, after link syntax and quote styles are normalised. */
export function sentenceWords(text: string): string[] {
  return wordsOfPlain(reduceLinks(text));
}

/** What a quotation counts as in `wordsOutsideQuotations`: one word no real text can produce. */
export const QUOTATION = '"…"';

/** `wordsOutsideQuotations` of text whose links are already reduced. */
function ownWordsOfPlain(text: string): string[] {
  return straightenQuotes(text)
    .split(/"[^"\n]*"/)
    .flatMap((part, i) => (i === 0 ? wordsOfPlain(part) : [QUOTATION, ...wordsOfPlain(part)]));
}

/**
 * The words of a text with each passage in double quotes (straight or curly) counted as the one
 * word QUOTATION: what the author wrote around someone else's wording, such as a statute.
 */
export function wordsOutsideQuotations(text: string): string[] {
  return ownWordsOfPlain(reduceLinks(text));
}

/**
 * Splits prose into sentences: after a full stop, question or exclamation mark (and any closing
 * quote or bracket) followed by white space and something that is not a lower-case letter, so
 * "e.g. the" and "2.4" stay inside their sentence.
 */
export function splitSentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const boundary = /(?<=[.!?]["'”’)\]*_]*)\s+(?=[^\s\p{Ll}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    out.push({ text: text.slice(start, match.index), offset: start });
    start = match.index + match[0].length;
  }
  out.push({ text: text.slice(start), offset: start });
  return out.filter((s) => s.text.trim());
}

/** Comments an author leaves in a body: not shown, so not prose. */
const stripComments = (text: string) => text.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ').replace(/<!--[\s\S]*?-->/g, ' ');

/** Lines that are not prose: MDX imports and exports, headings, components and HTML on a line of their own. */
const NOT_PROSE = /^\s*(import\s|export\s|#{1,6}\s|<\/?[A-Za-z][^>]*>\s*$)/;
/** A line that starts a block of its own: a list item, a quote or a table row. */
const BLOCK_START = /^\s*([-*+]\s|\d+[.)]\s|>|\|)/;

export interface ProseBlock {
  text: string;
  /** Line of the body (0-based) the block starts on. */
  line: number;
}

/** A body's prose as blocks (paragraphs, list items, quote and table lines), outside code fences. */
export function proseBlocks(body: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let current: { lines: string[]; line: number } | undefined;
  let fenced = false;
  const close = () => {
    if (current) blocks.push({ text: current.lines.join('\n'), line: current.line });
    current = undefined;
  };
  stripComments(body)
    .split('\n')
    .forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        close();
        return;
      }
      if (fenced || !line.trim() || NOT_PROSE.test(line)) return close();
      if (BLOCK_START.test(line)) close();
      // A table row's cell borders are not words; links are reduced first, so their "|" stays theirs.
      const text = /^\s*\|/.test(line) ? reduceLinks(line).replace(/\|/g, ' ') : line.replace(/^\s*([-*+]\s|\d+[.)]\s|>\s?)/, '');
      if (current) current.lines.push(text);
      else current = { lines: [text], line: i };
    });
  close();
  return blocks;
}

const linesBefore = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

type AnyEntry = TermEntry | GuideEntry | ServiceEntry;

/** The frontmatter prose of an entry: every entry's summary, and a term's plainEnglish and FAQ. */
function proseFields({ data }: AnyEntry): [string, string][] {
  if (!('faq' in data)) return [['summary', data.summary]];
  return [
    ['summary', data.summary],
    ['plainEnglish', data.plainEnglish],
    ...data.faq.flatMap((f, i): [string, string][] => [
      [`faq[${i}].question`, f.question],
      [`faq[${i}].answer`, f.answer],
    ]),
  ];
}

/** The sentences of one field or block, once its links are reduced, each placed by `where(offset)`. */
function sentencesOf(text: string, where: (offset: number) => ProseLocation): Sentence[] {
  const plain = reduceLinks(text);
  return splitSentences(plain).map(({ text: sentence, offset }) => {
    const words = wordsOfPlain(sentence);
    // Most sentences quote nothing; they share one word list.
    const ownWords = /["“”„‟″]/.test(sentence) ? ownWordsOfPlain(sentence) : words;
    return { text: sentence.replace(/\s+/g, ' ').trim(), words, ownWords, where: where(offset) };
  });
}

/** Each entry's sentences, computed once however many rules ask (entries are not changed once read). */
const sentenceCache = new WeakMap<AnyEntry, { bodyLine: number; sentences: Sentence[] }>();

/** Every sentence of an entry's prose, body lines counted from `bodyLine` (the file line of the body's first line). */
export function proseSentences(entry: AnyEntry, bodyLine: number): Sentence[] {
  const cached = sentenceCache.get(entry);
  if (cached?.bodyLine === bodyLine) return cached.sentences;
  const file = entry.filePath;
  const fromFields = proseFields(entry).flatMap(([field, text]) => sentencesOf(text, () => ({ file, field })));
  const fromBody = proseBlocks(entry.body).flatMap((block) =>
    sentencesOf(block.text, (offset) => ({ file, line: bodyLine + block.line + linesBefore(block.text, offset) })),
  );
  const sentences = [...fromFields, ...fromBody];
  sentenceCache.set(entry, { bodyLine, sentences });
  return sentences;
}

/** The prose of an entry's section (by heading, any case) and the body line (0-based) it starts on; undefined when it has none. */
export function sectionProse(entry: AnyEntry, heading: string): ProseBlock | undefined {
  const section = bodySections(entry.body).find((s) => s.heading.toLowerCase() === heading.toLowerCase());
  if (!section) return undefined;
  const blocks = proseBlocks(section.text);
  // The section's text starts on the line after its heading.
  return { text: blocks.map((b) => b.text).join('\n\n'), line: section.line + 1 + (blocks[0]?.line ?? 0) };
}

/** `content/terms/a.mdx:12` or `content/terms/a.mdx › faq[1].answer`, as problems print places. */
export function formatLocation(where: ProseLocation): string {
  return where.line === undefined ? `${where.file} › ${where.field}` : `${where.file}:${where.line}`;
}
