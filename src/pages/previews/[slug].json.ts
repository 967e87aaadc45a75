import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary } from '../../glossary/load';
import { jsonResponse } from '../../glossary/json-response';
import { termPreview, type TermPreview } from '../../glossary/previews';

// One small file per term, fetched only when a reader opens a preview nested deeper than the
// terms the page itself links to.
export const getStaticPaths = (async () => {
  const glossary = await getGlossary();
  return glossary.terms.map((term) => ({ params: { slug: term.slug }, props: { preview: termPreview(glossary, term) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: TermPreview }> = ({ props }) => jsonResponse(props.preview);
