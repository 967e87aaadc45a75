import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../glossary/json-response';
import { getGlossary } from '../../glossary/load';
import { shardTerms, type SearchTerm } from '../../client/search/search-state';
import { toSearchTerm } from '../../glossary/search-terms';

/** The names starting with one letter or digit: enough to put an exactly named term first. */
export const getStaticPaths = (async () => {
  // Every shard in one pass over the glossary; shardTerms keeps empty ones, so no lookup 404s.
  const shards = shardTerms((await getGlossary()).terms.map(toSearchTerm));
  return [...shards].map(([shard, terms]) => ({ params: { shard }, props: { terms } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ terms: SearchTerm[] }> = ({ props }) => jsonResponse(props.terms);
