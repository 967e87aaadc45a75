import type { APIRoute } from 'astro';
import { getGlossary } from '../glossary/load';
import { jsonResponse } from '../glossary/json-response';
import { searchTerms } from '../glossary/search-terms';

/** Every term's names, fetched only when a query finds nothing, to suggest "did you mean". */
export const GET: APIRoute = async () => jsonResponse(searchTerms(await getGlossary()));
