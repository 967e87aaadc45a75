import { getGlossary } from '../src/glossary/load';
import { questionsFor } from '../src/glossary/quiz';
const g = await getGlossary('/work/w4-quiz');
const want = process.argv.slice(2);
for (const t of g.terms.filter(t => !want.length || want.includes(t.slug))) for (const q of questionsFor(g, t)) console.log(t.slug, '|', q.quote, '|', q.options.join(' / '), '|', q.answer);
