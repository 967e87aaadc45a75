import { describe, expect, it } from 'vitest';
import { bodySections, emptySections, missingSections, sectionProblems } from '../../src/glossary/sections';
import { BODY, input, term } from './fixtures';
import { contextOf } from './lint-fixtures';

describe('body sections', () => {
  it('splits a body at its ## headings, with the 0-based line of each; fenced headings are text', () => {
    expect(bodySections('Intro\n## A\ntext\n```md\n## B\n```\n### C\nsub\n## D\n')).toEqual([
      { heading: 'A', line: 1, text: 'text\n```md\n## B\n```' },
      { heading: 'D', line: 8, text: '' },
    ]);
  });

  it('reports each missing section, then sections out of order', () => {
    expect(sectionProblems(BODY)).toEqual([]);
    expect(sectionProblems('## Definition\n\nText.\n')).toEqual(['missing section "## In practice"', 'missing section "## The reality"']);
    const shuffled = BODY.replace('## Definition', '## Tmp').replace('## The reality', '## Definition').replace('## Tmp', '## The reality');
    expect(sectionProblems(shuffled)).toEqual(['sections must come in the order "Definition", "In practice", "The reality"']);
    expect(sectionProblems('## Definition\n\n```md\n## In practice\n```\n\n## The reality\n\nx')).toEqual(['missing section "## In practice"']);
  });

  it('checks every term body for missing sections', () => {
    expect(missingSections(contextOf(input()))).toEqual([]);
    expect(missingSections(contextOf(input({ terms: [term('session', {}, BODY.replace('## In practice', 'In practice'))] })))).toEqual([
      { file: 'content/terms/session.mdx', field: 'body', message: 'missing section "## In practice"' },
    ]);
  });

  it('finds required sections without visible text, at their file line', () => {
    expect(emptySections(contextOf(input()))).toEqual([]);
    const empty = term('session', {}, BODY.replace('A thing.', '<!-- later -->'));
    expect(emptySections(contextOf(input({ terms: [empty] }), { bodyLine: () => 8 }))).toEqual([
      { file: 'content/terms/session.mdx', line: 8, message: 'section "## Definition" is empty' },
    ]);
  });
});
