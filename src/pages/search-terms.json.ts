import type { APIRoute } from 'astro';
import { getGlossary } from '../lib/load';
import { termPath } from '../lib/site';

/** Every term's names, for "did you mean" and for putting an exact title or alias match first. */
export const GET: APIRoute = async () => {
  const glossary = await getGlossary();
  const terms = glossary.terms.map((t) => ({ title: t.data.title, url: termPath(t.slug), names: [t.data.title, ...t.data.aliases] }));
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
