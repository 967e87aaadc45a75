import { satteri } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { bodyContext, markdownSource, needsMdx } from '../../src/glossary/body-source';
import { splitAtHeadings } from '../../src/glossary/body-html';
import { termLinks, UnknownTermError } from '../../src/term-links/plugin';
import { linkIndex as index } from './term-names-fixture';

/** What Astro's loader `renderMarkdown` does with a source: frontmatter removed, then the site's processor. */
async function renderLikeTheLoader(source: string, file = 'content/terms/example.mdx') {
  const renderer = await satteri({ mdastPlugins: [termLinks({ index: () => index })] }).createRenderer({ syntaxHighlight: false, gfm: true, smartypants: true, image: {} } as never);
  const { frontmatter, content } = parseFrontmatter(source);
  return renderer.render(content, { frontmatter, fileURL: new URL(`file://${process.cwd()}/${file}`) });
}

describe('needsMdx', () => {
  it('sends bodies with ESM, tags or expressions to the MDX compiler', () => {
    expect(needsMdx("import SessionDemo from '../x';\n\n<SessionDemo client:visible />")).toBe(true);
    expect(needsMdx('Use <code>x</code> here.')).toBe(true);
    expect(needsMdx('An object like {a: 1}.')).toBe(true);
    expect(needsMdx('  export const x = 1;')).toBe(true);
  });
  it('renders plain Markdown, wiki-links and all, as Markdown', () => {
    expect(needsMdx('## Definition\n\nA [[Session]] is a visit; 3 < 4 is not a tag? No: 3 is less than 4.\n\n- a\n- b')).toBe(false);
    expect(needsMdx('Imports matter; exports too.')).toBe(false);
  });
});

describe('markdownSource', () => {
  it('keeps the author’s line numbers in a broken-link error', async () => {
    const body = 'First paragraph.\n\nSee [[Sesion]].';
    await expect(renderLikeTheLoader(markdownSource(body, 12, true))).rejects.toThrow(new UnknownTermError('Sesion', 'content/terms/example.mdx:14', 'Session'));
  });
  it('passes autolink: false to the term-link plugin as frontmatter', async () => {
    const on = await renderLikeTheLoader(markdownSource('Every session counts.', 5, true));
    const off = await renderLikeTheLoader(markdownSource('Every session counts.', 5, false));
    expect(on.code).toContain('data-term="session"');
    expect(off.code).not.toContain('data-term');
  });
});

describe('bodyContext', () => {
  const terms = [{ slug: 'session', data: { title: 'Session', aliases: ['visit'] } }];
  it('changes when any name or the base path changes, so every cached body renders again', () => {
    const before = bodyContext(terms, '/');
    expect(bodyContext(terms, '/')).toBe(before);
    expect(bodyContext([{ slug: 'session', data: { title: 'Session', aliases: ['visits'] } }], '/')).not.toBe(before);
    expect(bodyContext(terms, '/lexicon/')).not.toBe(before);
  });

  it('is the same for the same names in any order (the glossary and the content reader order terms differently)', () => {
    const user = { slug: 'user', data: { title: 'User', aliases: [] } };
    expect(bodyContext([user, ...terms], '/')).toBe(bodyContext([...terms, user], '/'));
  });
});

describe('splitAtHeadings', () => {
  it('cuts rendered HTML at its h2 headings and drops the final newline', () => {
    expect(splitAtHeadings('<p>Intro</p>\n<h2 id="definition">Definition <em>now</em></h2>\n<p>Text</p>\n')).toEqual([
      { kind: 'html', html: '<p>Intro</p>\n' },
      { kind: 'h2', id: 'definition', html: 'Definition <em>now</em>' },
      { kind: 'html', html: '\n<p>Text</p>' },
    ]);
    expect(splitAtHeadings('<h3 id="x">Kept</h3>')).toEqual([{ kind: 'html', html: '<h3 id="x">Kept</h3>' }]);
  });
});
