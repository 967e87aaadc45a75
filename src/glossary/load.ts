/**
 * The glossary every page reads, built from `content/` by the content reader and checked by the
 * build rules. Pages use `astro:content` only to render bodies.
 */
import { buildGlossary } from './content-check';
import { live, liveContent } from './content-fs';
import type { Glossary } from './glossary';

/**
 * The checked glossary: built once per build, rebuilt in `astro dev` after a content file changes
 * (checked at most once a second). Throws a ContentError listing every problem at once.
 */
export async function getGlossary(root = '.'): Promise<Glossary> {
  return live('glossary', () => buildGlossary(liveContent(root)), root);
}
