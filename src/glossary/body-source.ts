/**
 * How a content body is turned into HTML in a build. A body written in plain Markdown (no
 * imports, exports, JSX, HTML or `{expressions}`, which is all but a handful) is rendered by the
 * content loader with the site's Markdown processor and kept in Astro's data store, cached by its
 * digest across builds. Only bodies that use MDX go through Astro's MDX compiler, because compiling
 * each body into a JavaScript module, bundling it and importing it again for its page costs far
 * more than rendering it, and a module per term does not scale to thousands of terms. MDX stays
 * the authoring format: a file that starts using a component simply takes the MDX path.
 */
/** Anything that Markdown and MDX could read differently: ESM, tags, expressions. */
const MDX_SYNTAX = /^\s*(?:import|export)\s|<[A-Za-z/!]|[{}]/m;

/** Whether a body needs the MDX compiler (it may use MDX syntax) rather than plain Markdown. */
export function needsMdx(body: string): boolean {
  return MDX_SYNTAX.test(body);
}

/**
 * The text handed to the loader's `renderMarkdown`: the page's `autolink` switch as frontmatter
 * (the term-link plugin reads it there), then blank lines so that the body starts on the line it
 * starts on in the file, and line numbers in messages are the author's.
 */
export function markdownSource(body: string, bodyLine: number, autolink: boolean): string {
  const frontmatter = `---\n${autolink ? '' : 'autolink: false\n'}---`;
  return `${frontmatter}${'\n'.repeat(Math.max(bodyLine - 1, 1))}${body}`;
}

/**
 * What a rendered body depends on besides its own text: every term's names (a body links the
 * first mention of any of them, and a [[link]] is checked against them) and the base path the
 * links are written under. A change to any of these renders every body again.
 */
export function bodyContext(terms: readonly { slug: string; data: { title: string; aliases: readonly string[] } }[], base: string): string {
  // In slug order: the glossary lists terms by title, the content reader by file, and both must
  // name the same renders (a build and `astro dev` share them).
  const names = terms.map((t) => [t.slug, t.data.title, ...t.data.aliases]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  return JSON.stringify([base, names]);
}
