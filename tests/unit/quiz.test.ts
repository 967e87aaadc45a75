import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/glossary/glossary';
import { createGlossary } from '../../src/glossary/glossary';
import { getGlossary } from '../../src/glossary/load';
import { authoredQuestions, generatedQuestion, pathTest, questionsFor, seededRandom } from '../../src/glossary/quiz';
import { echoes, maskEchoes, namesOf, namesOverlap } from '../../src/glossary/quiz-names';
import { normaliseName } from '../../src/term-links/names';
import { input, term } from './fixtures';

describe('names in questions', () => {
  const session = term('engaged-session', { title: 'Engaged session', aliases: ['engaged sessions'] });
  it('finds a name or a telling word of the title in a description', () => {
    expect(echoes('A visit that lasted long enough to count.', session)).toBe(false);
    expect(echoes('An engaged visit.', session)).toBe(true);
    expect(echoes('Visits where people were engaging.', session)).toBe(true);
    expect(echoes('Several engaged sessions.', session)).toBe(true);
  });
  it('blanks whole names first, then telling words', () => {
    expect(maskEchoes('Engaged sessions are sessions that engage.', session)).toBe('… are … that ….');
  });
  it('sees overlapping names: containment or a shared telling word', () => {
    const rate = term('conversion-rate', { title: 'Conversion rate' });
    expect(namesOverlap(rate, term('ecommerce-conversion-rate', { title: 'E-commerce conversion rate' }))).toBe(true);
    expect(namesOverlap(rate, term('bounce-rate', { title: 'Bounce rate' }))).toBe(false);
    expect(namesOverlap(session, term('session', { title: 'Session' }))).toBe(true);
  });
});

describe('generated questions on a small glossary', () => {
  const glossary = createGlossary(
    input({
      terms: [
        term('bounce-rate', { title: 'Bounce rate', plainEnglish: 'Visits that leave at once.', related: { terms: ['exit-rate'] } }),
        term('exit-rate', { title: 'Exit rate', plainEnglish: 'Where visits end.' }),
        term('pageview', { title: 'Pageview', plainEnglish: 'A page loaded.' }),
        term('event', { title: 'Event', plainEnglish: 'Something that happened.' }),
        term('user', { title: 'User', plainEnglish: 'A person.' }),
        term('session', { title: 'Session', plainEnglish: 'A visit.' }),
      ],
    }),
  );
  const bounce = glossary.term('bounce-rate')!;

  it('asks which term matches the plain-English line, with three unrelated terms as wrong answers', () => {
    const q = generatedQuestion(glossary, bounce, 0);
    expect(q.prompt).toBe('Which term matches this description?');
    expect(q.quote).toBe('Visits that leave at once.');
    expect(q.options).toHaveLength(4);
    expect(q.options[q.answer]).toBe('Bounce rate');
    expect(q.options).not.toContain('Exit rate');
    expect(q.links[0]).toEqual({ title: 'Bounce rate', href: '/glossary/bounce-rate/' });
  });

  it('is the same on every build', () => {
    expect(generatedQuestion(glossary, bounce, 0)).toEqual(generatedQuestion(glossary, bounce, 0));
    const a = seededRandom('x');
    const b = seededRandom('x');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('asks the other way round second: which description fits the term', () => {
    const q = generatedQuestion(glossary, bounce, 1);
    expect(q.prompt).toBe('Which description fits Bounce rate?');
    expect(q.options[q.answer]).toBe('Visits that leave at once.');
  });

  it('tops up a term with no authored questions to two', () => {
    expect(questionsFor(glossary, bounce).map((q) => q.id)).toEqual(['bounce-rate:g0', 'bounce-rate:g1']);
  });
});

describe('authored questions', () => {
  const glossary = createGlossary(
    input({
      terms: [
        term('session', { title: 'Session', quiz: [{ question: 'Which counts visits?', options: ['User', 'session'], answer: 'Session', explanation: 'Sessions are visits.' }] }),
        term('user', { title: 'User' }),
      ],
    }),
  );
  it('shuffles the options, finds the answer ignoring case and links options that name terms', () => {
    const [q] = authoredQuestions(glossary, glossary.term('session')!);
    expect(q!.options[q!.answer]).toBe('session');
    expect(authoredQuestions(glossary, glossary.term('session')!)).toEqual([q]);
    expect(q).toEqual({
      id: 'session:a0',
      term: 'session',
      prompt: 'Which counts visits?',
      options: q!.options,
      answer: q!.answer,
      explanation: 'Sessions are visits.',
      links: [
        { title: 'Session', href: '/glossary/session/' },
        { title: 'User', href: '/glossary/user/' },
      ],
    });
  });
  it('comes first, topped up with one generated question', () => {
    expect(questionsFor(glossary, glossary.term('session')!).map((q) => q.id)).toEqual(['session:a0', 'session:g0']);
  });
});

describe('every question of the real glossary', { timeout: 60_000 }, () => {
  let glossary: Glossary;
  beforeAll(async () => {
    glossary = await getGlossary();
  }, 60_000);

  it('does not always put authored answers first', () => {
    const positions = glossary.terms.flatMap((t) => authoredQuestions(glossary, t).map((q) => q.answer));
    expect(positions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(positions).size).toBeGreaterThan(2);
  });

  it('has 2–3 questions per term, each with one answer among different options', () => {
    for (const t of glossary.terms) {
      const questions = questionsFor(glossary, t);
      expect(questions.length, t.slug).toBeGreaterThanOrEqual(2);
      expect(questions.length, t.slug).toBeLessThanOrEqual(3);
      for (const q of questions) {
        expect(q.answer, q.id).toBeGreaterThanOrEqual(0);
        expect(new Set(q.links.map((l) => l.href)).size, q.id).toBe(q.links.length);
        expect(new Set(q.options.map(normaliseName)).size, q.id).toBe(q.options.length);
      }
    }
  });

  it('never offers a distractor that shares a title or alias with the answer, nor quotes the answer’s name', () => {
    const problems: string[] = [];
    for (const t of glossary.terms) {
      const own = new Set(namesOf(t).map(normaliseName));
      for (const q of questionsFor(glossary, t).filter((x) => x.id.includes(':g'))) {
        const distractors = q.links.slice(1).map((l) => glossary.term(l.href.split('/').at(-2)!)!);
        expect(distractors, q.id).toHaveLength(3);
        for (const d of distractors) {
          if (namesOf(d).some((n) => own.has(normaliseName(n)))) problems.push(`${q.id}: ${d.slug} shares a name`);
          if (namesOverlap(t, d)) problems.push(`${q.id}: ${d.slug} overlaps`);
          if (t.data.related.terms.includes(d.slug) || d.data.related.terms.includes(t.slug)) problems.push(`${q.id}: ${d.slug} is related`);
        }
        if (q.quote && echoes(q.quote, t)) problems.push(`${q.id}: quote names the term`);
        if (!q.quote && echoes(q.options[q.answer]!, t)) problems.push(`${q.id}: answer names the term`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every path a test of 8–12 questions covering every step', () => {
    for (const guide of glossary.guides) {
      const test = pathTest(glossary, guide.data.steps);
      expect(test.length, guide.slug).toBeGreaterThanOrEqual(8);
      expect(test.length, guide.slug).toBeLessThanOrEqual(12);
      expect(new Set(test.map((q) => q.term)), guide.slug).toEqual(new Set(guide.data.steps));
    }
  });
});
