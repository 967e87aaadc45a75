import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/glossary/content-parse';
import { formatProblem } from '../../src/glossary/problem';
import { quizItem } from '../../src/glossary/schema';

const item = { question: 'What is a session?', options: ['A visit', 'A user', 'A page'], answer: 'A visit', explanation: 'A session is one visit.' };

function issues(data: Record<string, unknown>) {
  const result = quizItem.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('quiz field', () => {
  it('accepts a question whose answer is one of 2–5 different options', () => {
    expect(issues(item)).toEqual([]);
    expect(issues({ ...item, options: ['A visit', 'A user'] })).toEqual([]);
  });

  it('refuses an answer that is not an option, suggesting the closest', () => {
    expect(issues({ ...item, answer: 'A vist' })).toEqual(['answer: "A vist" is not one of the options — did you mean "A visit"?']);
    expect(issues({ ...item, answer: 'Something else' })).toEqual(['answer: "Something else" is not one of the options']);
  });

  it('refuses repeated options, ignoring case and spacing', () => {
    expect(issues({ ...item, options: ['A visit', 'A user', 'a  Visit'] })).toEqual(['options.2: repeats option 1 ("A visit"): each option must differ']);
  });

  it('needs 2 to 5 options', () => {
    expect(issues({ ...item, options: ['A visit'] })).toEqual(['options: needs at least 2 options']);
    expect(issues({ ...item, options: ['A visit', 'b', 'c', 'd', 'e', 'f'] })).toEqual(['options: has more than 5 options: keep the best 5']);
  });

  it('needs a one-sentence explanation', () => {
    expect(issues({ ...item, explanation: 'One. Two sentences.' })).toEqual(['explanation: must be a single sentence']);
  });

  it('reports problems as file › field with the line', () => {
    const source = [
      '---',
      'title: Session',
      'summary: A session is one visit.',
      'categories: [analytics]',
      'plainEnglish: One visit.',
      'updated: 2026-11-27',
      'quiz:',
      '  - question: What is a session?',
      '    options: [A visit, A user]',
      '    answer: A vist',
      '    explanation: A session is one visit.',
      '---',
      'Body',
    ].join('\n');
    const parsed = parseContentFile('terms', 'content/terms/session.mdx', source);
    expect(parsed.issues.map((i) => formatProblem({ ...i, rule: 'schema', severity: 'error' }))).toEqual([
      'content/terms/session.mdx:10 › quiz[0].answer: "A vist" is not one of the options — did you mean "A visit"? (schema)',
    ]);
    expect(parsed.entry.data.title).toBe('Session');
  });
});
