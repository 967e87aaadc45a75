/**
 * The cards the built pages ask for. BaseLayout records each page's card here while Astro renders
 * it; the image integration reads the list when the build is done and puts exactly those images in
 * the output. Kept on `globalThis` because the integration and the rendered pages are separate
 * module graphs of one process.
 */
import { cardFileName, cardHash, OG_IMAGE_FOLDER, type OgCardInput } from './og-card';

export interface RequestedCard {
  input: OgCardInput;
  /** The full hash of the inputs (`cardHash`). */
  hash: string;
}

const KEY = Symbol.for('lexicon:og-cards');
const shared = globalThis as unknown as Record<symbol, Map<string, RequestedCard> | undefined>;
const LISTENER = Symbol.for('lexicon:og-cards-listener');
const listeners = globalThis as unknown as Record<symbol, ((inputs: OgCardInput[]) => void) | undefined>;

/** Cards asked for so far in this process, by image file name. */
export function requestedCards(): Map<string, RequestedCard> {
  return (shared[KEY] ??= new Map());
}

/** Records that a page shows this card; returns the image's site path (before the base path). */
export function requestCard(input: OgCardInput): string {
  const hash = cardHash(input);
  const fileName = cardFileName(input, hash);
  requestedCards().set(fileName, { input, hash });
  return `${OG_IMAGE_FOLDER}${fileName}`;
}

/**
 * Where the image integration takes the cards a build will show, to render them while Astro
 * works; `undefined` stops listening. The content loader reads the glossary anyway, so it announces
 * the cards (`announceCards`): the integration then needs no glossary code of its own, which
 * `astro dev` would load before it is ready.
 */
export function listenForCards(take: ((inputs: OgCardInput[]) => void) | undefined): void {
  listeners[LISTENER] = take;
}

/** Whether anything listens for announced cards (a build with card images on). */
export const cardsWanted = (): boolean => listeners[LISTENER] !== undefined;

/** Hands the cards a build will show to the image integration, if it listens. */
export function announceCards(inputs: OgCardInput[]): void {
  listeners[LISTENER]?.(inputs);
}
