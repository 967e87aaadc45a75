import type { APIRoute } from 'astro';
import { getGlossary } from '../../glossary/load';
import { jsonResponse } from '../../glossary/json-response';
import { reviewDeckData } from '../../glossary/pages/review-deck-data';

/** The review deck's cards and decks, fetched by /learn/ only. */
export const GET: APIRoute = async () => jsonResponse(reviewDeckData(await getGlossary()));
