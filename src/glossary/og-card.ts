/**
 * A page's link card image (Open Graph / Twitter), described by its inputs: what kind of page it
 * is, its title, an optional category line and one line of text. Everything the image shows comes
 * from these inputs, so their hash names the image file and keys the render cache: a page whose
 * text changes gets a new image (and a new URL, which social sites re-fetch), an unchanged one
 * reuses the image from the last build. Pure: the renderer lives in src/integrations/.
 */
import { createHash } from 'node:crypto';

/** What a page passes to BaseLayout (`ogImage`) to get a card. */
export interface OgCardInput {
  /** What kind of page this is, shown above the title: "Glossary term", "Guide", "Category". */
  kind: string;
  /** The page's title, the card's headline. */
  title: string;
  /** Category titles (a term's), shown as chips; empty for pages without categories. */
  categories?: readonly string[];
  /** One line under the title: a term's plain-English line, else the page's summary. */
  line: string;
  /** `highlight` shows the line the way a term page shows its plain-English line. */
  lineStyle?: 'highlight' | 'plain';
  /** A short fact in the card's footer, e.g. "8 steps" or "42 terms". */
  meta?: string;
}

/** The inputs after normalising: whitespace collapsed, optional fields filled in. */
export type OgCard = Required<Omit<OgCardInput, 'categories'>> & { categories: readonly string[] };

/**
 * Bump when the card's design changes (layout, colours, sizes): every image renders again and
 * gets a new URL. Content changes need no bump, the inputs are in the hash already.
 */
export const OG_TEMPLATE_VERSION = 3;

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The folder of the built site that holds the images (under the base path). */
export const OG_IMAGE_FOLDER = '/og/';

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export function normaliseCard(input: OgCardInput): OgCard {
  return {
    kind: tidy(input.kind),
    title: tidy(input.title),
    categories: (input.categories ?? []).map(tidy).filter(Boolean),
    line: tidy(input.line),
    lineStyle: input.lineStyle ?? 'plain',
    meta: tidy(input.meta ?? ''),
  };
}

/**
 * The hash of a card's inputs and the template version: names the image file. Fields are hashed
 * as a JSON array in a fixed order, so no two different cards can produce the same text.
 */
export function cardHash(input: OgCardInput): string {
  const card = normaliseCard(input);
  const fields = [OG_TEMPLATE_VERSION, card.kind, card.title, card.categories, card.line, card.lineStyle, card.meta];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** A readable start for the file name: the title's words in lower-case ASCII. */
function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return stem || 'card';
}

/** The image's file name: the title, then 12 hex digits of the hash (`session-3fa1c0d2b9e4.png`). */
export const cardFileName = (input: OgCardInput, hash = cardHash(input)) => `${fileStem(normaliseCard(input).title)}-${hash.slice(0, 12)}.png`;

/** The image's site path, before the base path: `/og/session-3fa1c0d2b9e4.png`. */
export const cardImagePath = (input: OgCardInput) => `${OG_IMAGE_FOLDER}${cardFileName(input)}`;

/**
 * The render cache's key for a card: its inputs' hash and the renderer's fingerprint (renderer
 * versions, font bytes, encoder settings; see src/integrations/og-render.ts), so a cached image
 * is reused only when both the text and the way it is drawn are unchanged.
 */
export const cardCacheKey = (hash: string, rendererFingerprint: string) =>
  createHash('sha256').update(`${rendererFingerprint}\n${hash}`).digest('hex').slice(0, 40);

/** The image's alt text (`og:image:alt`): what the card says, in reading order. */
export function cardAlt(input: OgCardInput, siteName: string): string {
  const card = normaliseCard(input);
  const about = card.categories.length ? ` (${card.categories.join(', ')})` : '';
  return `${siteName} ${card.kind.toLowerCase()}${about}: ${card.title}. ${card.line}`;
}
