import type { APIRoute } from 'astro';
import { getGlossary } from '../glossary/load';
import { jsonResponse } from '../glossary/json-response';
import { glossaryData } from '../glossary/pages/glossary-data';

/** Every term as data, in the stable, versioned format README "Data and feeds" describes. */
export const GET: APIRoute = async ({ site }) => jsonResponse(glossaryData(await getGlossary(), site));
