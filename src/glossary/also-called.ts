/**
 * Which of a term's aliases its page shows as "Also called". Aliases serve two jobs: linking and
 * search need every form a writer or reader may type ("bounces", "add to cart rate", "CTAs"),
 * while a reader needs only the other names the thing goes by ("CTA", "split test"). An alias
 * that is only an inflection of the title, or of an alias already shown, stays in the data and
 * off the line.
 *
 * Two names are inflections of each other when they differ only in case, in spacing, hyphens or
 * other punctuation between words, in a possessive ("Fitts's", "Fitts'") or in the plural ending
 * of any word ("calls to action", "CTAs", "categories", "classes"), or in "&" for "and". Spelling variants
 * ("behavior") and other word forms ("testing") are different words and stay shown.
 */

/** The singular forms a word may stand for: itself, and the word without a plural ending. */
function singulars(word: string): string[] {
  const forms = [word];
  // A word needs a stem of two letters or more before its ending counts as a plural.
  if (word.endsWith('ies') && word.length > 4) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') && word.length > 3) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 2) forms.push(word.slice(0, -1));
  return forms;
}

/** Every word of a name, lower case, with possessive endings dropped and punctuation as a break. */
function words(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b|(?<=s)'/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Every spelling-free form a name may stand for: one singular per word, the words run together so
 * that "carry-over", "carry over" and "carryover" meet.
 */
export function nameForms(name: string): Set<string> {
  let forms = [''];
  for (const word of words(name)) forms = forms.flatMap((start) => singulars(word).map((form) => start + form));
  return new Set(forms);
}

/** Whether two names are inflections of each other (or the same name). */
export function isInflectionOf(a: string, b: string): boolean {
  const formsOfB = nameForms(b);
  for (const form of nameForms(a)) if (formsOfB.has(form)) return true;
  return false;
}

/**
 * The aliases to show, in their written order: each alias that is not an inflection of the title
 * or of an alias shown before it.
 */
export function alsoCalled(title: string, aliases: readonly string[]): string[] {
  const shown: string[] = [];
  for (const alias of aliases) {
    if (![title, ...shown].some((name) => isInflectionOf(alias, name))) shown.push(alias);
  }
  return shown;
}
