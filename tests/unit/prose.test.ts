import { describe, expect, it } from 'vitest';
import { formatLocation, proseBlocks, proseSentences, QUOTATION, sectionProse, sentenceWords, splitSentences, wordsOutsideQuotations } from '../../src/glossary/prose';
import { goodTerm, guide } from './lint-fixtures';

describe('prose for the originality and variety rules', () => {
  it('normalises words: case, link syntax, quote styles, emphasis and punctuation do not matter; figures keep their signs', () => {
    expect(sentenceWords('The “Visitor’s” [[session|visit]], in **GA4** [docs](https://x.example/): 2.4% of £1,000 [[!users]].')).toEqual([
      'the', "visitor's", 'visit', 'in', 'ga4', 'docs', '2.4%', 'of', '£1,000', 'users',
    ]);
    expect(sentenceWords("The visitor's visit, in GA4 docs — 2.4% of £1,000 users")).toEqual(sentenceWords('the visitor’s [[visit]] in ga4 DOCS: 2.4% of £1,000 users!'));
  });

  it('counts each passage in double quotes as one placeholder word', () => {
    expect(wordsOutsideQuotations('The law says “any freely given indication” and "more" here.')).toEqual(['the', 'law', 'says', QUOTATION, 'and', QUOTATION, 'here']);
  });

  it('splits sentences after . ! or ? and white space, but not inside "e.g. the" or "2.4"', () => {
    expect(splitSentences('It ends, e.g. after 30 min. Then 2.4 is "late." Next!\nAnd (so?) on').map((s) => s.text)).toEqual([
      'It ends, e.g. after 30 min.',
      'Then 2.4 is "late."',
      'Next!',
      'And (so?) on',
    ]);
  });

  it('reads paragraphs, list items, quotes and table rows; not headings, code, comments, imports or components', () => {
    const body = [
      "import Demo from './Demo';", // 0
      '## Definition', // 1
      'First line of a paragraph', // 2
      'that wraps. {/* a note */}', // 3
      '- an item', // 4
      '- another', // 5
      '```', // 6
      'code. Not prose.', // 7
      '```', // 8
      '> quoted', // 9
      '| a | [[b|c]] |', // 10
      '<Demo client:visible />', // 11
      '<!-- hidden -->', // 12
    ].join('\n');
    expect(proseBlocks(body)).toEqual([
      { text: 'First line of a paragraph\nthat wraps.  ', line: 2 },
      { text: 'an item', line: 4 },
      { text: 'another', line: 5 },
      { text: 'quoted', line: 9 },
      { text: '  a   c  ', line: 10 },
    ]);
  });

  it('places each sentence: frontmatter fields by name, body sentences by file line', () => {
    const term = { ...goodTerm('user', 1), body: '## Definition\n\nOne. Two starts here\nand ends here. Three.' };
    const places = proseSentences(term, 5).map((s) => `${formatLocation(s.where)} ${s.text}`);
    expect(places).toEqual([
      'content/terms/user.mdx › summary User is one of the counted things that analytics reports are built from.',
      'content/terms/user.mdx › plainEnglish A thing that gets counted.',
      ...[1, 2, 3].flatMap((n) => [`content/terms/user.mdx › faq[${n - 1}].question Question ${n}?`, `content/terms/user.mdx › faq[${n - 1}].answer Answer ${n}.`]),
      'content/terms/user.mdx:7 One.',
      'content/terms/user.mdx:7 Two starts here and ends here.',
      'content/terms/user.mdx:8 Three.',
    ]);
    expect(proseSentences(guide('basics', ['user'], 'A [[user|person]] path.'), 9).map((s) => `${formatLocation(s.where)} ${s.text}`)).toEqual([
      'content/guides/basics.mdx › summary Basics walks through the basics of measuring a site.',
      'content/guides/basics.mdx:9 A person path.',
    ]);
  });

  it('finds a section’s prose and the body line it starts on', () => {
    const term = { ...goodTerm('user', 1), body: '## Definition\n\nText.\n\n## In practice\n\n\nPicture a shop.\n\n## The reality\n' };
    expect(sectionProse(term, 'in practice')).toEqual({ text: 'Picture a shop.', line: 7 });
    expect(sectionProse(term, 'Try it')).toBeUndefined();
  });
});
