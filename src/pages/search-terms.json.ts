import type { APIRoute } from 'astro';
import { getGlossary } from '../lib/load';
import { jsonResponse } from '../lib/json-response';
import { toSearchTerm } from '../lib/search-terms';

/** Every term's names, fetched only when a query finds nothing, to suggest "did you mean". */
export const GET: APIRoute = async () => jsonResponse((await getGlossary()).terms.map(toSearchTerm));
