import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary } from '../../lib/load';
import { NAME_SHARDS, shardTerms } from '../../lib/search';
import { jsonResponse } from '../../lib/json-response';
import { toSearchTerm } from '../../lib/search-terms';

/** The names starting with one letter or digit: enough to put an exactly named term first. */
export const getStaticPaths = (() => NAME_SHARDS.map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const shards = shardTerms((await getGlossary()).terms.map(toSearchTerm));
  return jsonResponse(shards.get(params.shard!) ?? []);
};
