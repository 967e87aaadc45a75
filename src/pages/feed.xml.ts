import type { APIRoute } from 'astro';
import { atomResponse } from '../glossary/atom';
import { getGlossary } from '../glossary/load';
import { feedPage } from '../glossary/pages/feed';

/** The Atom feed of new and updated terms and guides, linked from every page's <head>. */
export const GET: APIRoute = async ({ site }) => atomResponse(feedPage(await getGlossary(), site));
