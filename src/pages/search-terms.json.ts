import type { APIRoute } from 'astro';
import { getGlossary } from '../glossary/load';
import { jsonResponse } from '../glossary/json-response';
import { toSearchTerm } from '../glossary/search-terms';

/** Every term's names, fetched only when a query finds nothing, to suggest "did you mean". */
export const GET: APIRoute = async () => jsonResponse((await getGlossary()).terms.map(toSearchTerm));
