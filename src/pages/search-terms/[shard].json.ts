import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../lib/json-response';
import { getGlossary } from '../../lib/load';
import { shardTerms, type SearchTerm } from '../../lib/search';
import { toSearchTerm } from '../../lib/search-terms';

/** The names starting with one letter or digit: enough to put an exactly named term first. */
export const getStaticPaths = (async () => {
  // Every shard in one pass over the glossary; shardTerms keeps empty ones, so no lookup 404s.
  const shards = shardTerms((await getGlossary()).terms.map(toSearchTerm));
  return [...shards].map(([shard, terms]) => ({ params: { shard }, props: { terms } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ terms: SearchTerm[] }> = ({ props }) => jsonResponse(props.terms);
