import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../glossary/json-response';
import { getGlossary } from '../../glossary/load';
import { shardTerms, type SearchTerm } from '../../client/search/search-state';
import { searchTerms } from '../../glossary/search-terms';

/** The names starting with one letter or digit: enough to put an exactly named term first. */
export const getStaticPaths = (async () => {
  // Every shard in one pass over the glossary; shardTerms keeps empty ones, so no lookup 404s.
  // The sharding is the browser's own function (it picks the shard to fetch the same way).
  const shards = shardTerms(searchTerms(await getGlossary()));
  return [...shards].map(([shard, terms]) => ({ params: { shard }, props: { terms } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ terms: SearchTerm[] }> = ({ props }) => jsonResponse(props.terms);
