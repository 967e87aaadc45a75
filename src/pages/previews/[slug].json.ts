import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary } from '../../glossary/load';
import { jsonResponse } from '../../glossary/json-response';
import { termPreview } from '../../glossary/previews';

// One small file per term, fetched only when a reader opens a preview nested deeper than the
// terms the page itself links to.
export const getStaticPaths = (async () => {
  const glossary = await getGlossary();
  return glossary.terms.map((term) => ({ params: { slug: term.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const glossary = await getGlossary();
  const term = glossary.term(params['slug'] ?? '');
  if (!term) return new Response('Not found', { status: 404 });
  return jsonResponse(termPreview(glossary, term));
};
