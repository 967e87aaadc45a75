import { describe, expect, it } from 'vitest';
import { FALLBACKS, fieldName, parseCategories, parseContent, parseContentFile, slugOfFile, splitFrontmatter } from '../../src/glossary/content-parse';
import { guideSchema, serviceSchema, termSchema } from '../../src/glossary/schema';

const GOOD = 'title: Session\nsummary: A session is a group of interactions in one visit to a site.\ncategories: [analytics]\nplainEnglish: One visit.\nupdated: 2026-11-27';
const file = (frontmatter: string, body = '## Definition\n\nText.\n') => `---\n${frontmatter}\n---\n${body}`;

describe('reading a content file', () => {
  it('splits frontmatter from the body and knows the body’s first line', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\n---\n\nText')).toEqual({ frontmatter: 'a: 1\nb: 2', body: '\nText', bodyLine: 5 });
    expect(splitFrontmatter('\uFEFF---\r\na: 1\r\n---\r\nText')).toEqual({ frontmatter: 'a: 1', body: 'Text', bodyLine: 4 });
    expect(splitFrontmatter('No frontmatter')).toBeUndefined();
    expect(splitFrontmatter('---\nnever closed')).toBeUndefined();
  });

  it('names slugs and fields as authors write them', () => {
    expect(slugOfFile('content/terms/Bounce-Rate.mdx')).toBe('bounce-rate');
    expect(fieldName(['faq', 1, 'answer'])).toBe('faq[1].answer');
    expect(fieldName([])).toBe('');
  });

  it('parses a valid file with the schema, defaults filled', () => {
    const parsed = parseContentFile('terms', 'content/terms/session.mdx', file(GOOD));
    expect(parsed).toEqual({
      entry: { slug: 'session', filePath: 'content/terms/session.mdx', body: '## Definition\n\nText.\n', data: termSchema.parse({ title: 'Session', summary: 'A session is a group of interactions in one visit to a site.', categories: ['analytics'], plainEnglish: 'One visit.', updated: '2026-11-27' }) },
      bodyLine: 8,
      issues: [],
      namesRead: true,
    });
  });

  it('reports every schema problem with field and file line, keeping the valid fields so the term’s names still resolve', () => {
    const text = file(`${GOOD.replace('plainEnglish: One visit.', 'plainEnglish: ""')}\naliases: [visit]\nfaq:\n  - question: Why?`);
    const parsed = parseContentFile('terms', 'content/terms/session.mdx', text);
    expect(parsed.issues).toEqual([
      { file: 'content/terms/session.mdx', field: 'plainEnglish', line: 5, message: 'plainEnglish must not be empty' },
      { file: 'content/terms/session.mdx', field: 'faq[0].answer', line: 9, message: 'is required (see src/glossary/schema.ts)' },
    ]);
    expect(parsed.namesRead).toBe(true);
    expect(parseContentFile('terms', 'content/terms/session.mdx', file(`${GOOD}\naliases: [""]`)).namesRead).toBe(false);
    expect(parsed.entry.data).toEqual({ ...FALLBACKS.terms('session'), title: 'Session', summary: 'A session is a group of interactions in one visit to a site.', categories: ['analytics'], aliases: ['visit'], updated: new Date('2026-11-27') });
  });

  it('names a field the schema does not know, with the closest one', () => {
    expect(parseContentFile('terms', 'content/terms/x.mdx', file(`${GOOD}\naliasses: [visit]\nzzz: 1`)).issues).toEqual([
      { file: 'content/terms/x.mdx', field: 'aliasses', line: 7, message: 'unknown field — did you mean "aliases"?' },
      { file: 'content/terms/x.mdx', field: 'zzz', line: 8, message: 'unknown field' },
    ]);
    expect(parseCategories('content/categories.yaml', 'ux: {title: UX, description: D, titel: X}').issues).toEqual([
      { file: 'content/categories.yaml', field: 'ux.titel', line: 1, message: 'unknown field — did you mean "title"?' },
    ]);
  });

  it('reports a missing field at the start of the frontmatter', () => {
    expect(parseContentFile('terms', 'content/terms/x.mdx', file(GOOD.replace(/^title: Session\n/, ''))).issues).toEqual([
      { file: 'content/terms/x.mdx', field: 'title', message: 'is required (see src/glossary/schema.ts)' },
    ]);
  });

  it('reports a file without frontmatter, or with broken YAML, and falls back entirely', () => {
    expect(parseContentFile('guides', 'content/guides/g.mdx', '# Just text')).toEqual({
      entry: { slug: 'g', filePath: 'content/guides/g.mdx', body: '# Just text', data: FALLBACKS.guides('g') },
      bodyLine: 1,
      issues: [{ file: 'content/guides/g.mdx', line: 1, message: 'no frontmatter: the file must start with a "---" line and close it with another' }],
      namesRead: false,
    });
    expect(parseContentFile('terms', 'content/terms/x.mdx', file('title: Session\nsummary: [oops')).issues).toEqual([
      { file: 'content/terms/x.mdx', line: 3, message: 'frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' },
    ]);
    expect(parseContentFile('services', 'content/services/s.mdx', file('- a list')).issues).toEqual([
      { file: 'content/services/s.mdx', line: 2, message: 'frontmatter must be "field: value" lines' },
    ]);
  });

  it('has fallbacks that are valid types for every field of every schema', () => {
    expect(Object.keys(FALLBACKS.terms('x')).sort()).toEqual(Object.keys(termSchema.shape).sort());
    expect(Object.keys(FALLBACKS.guides('x')).sort()).toEqual(Object.keys(guideSchema.shape).sort());
    expect(Object.keys(FALLBACKS.services('x')).sort()).toEqual(Object.keys(serviceSchema.shape).sort());
  });
});

describe('reading categories.yaml', () => {
  it('reads one category per key and reports a bad one by slug and line', () => {
    const { categories, issues } = parseCategories('content/categories.yaml', 'analytics:\n  title: Analytics\n  description: Counting.\nux:\n  title: UX\n');
    expect(categories).toEqual([{ slug: 'analytics', data: { title: 'Analytics', description: 'Counting.' } }]);
    expect(issues).toEqual([{ file: 'content/categories.yaml', field: 'ux.description', line: 5, message: 'is required (see src/glossary/schema.ts)' }]);
    expect(parseCategories('content/categories.yaml', 'a: [b').issues).toEqual([
      { file: 'content/categories.yaml', line: 1, message: 'not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' },
    ]);
  });
});

describe('reading all content', () => {
  it('sorts files into their collections and collects every problem', () => {
    const content = parseContent({
      files: [
        { path: 'content/terms/session.mdx', text: file(GOOD) },
        { path: 'content/terms/broken.mdx', text: 'no frontmatter' },
        { path: 'content/guides/path.mdx', text: file('title: Path\nsummary: A path.\nsteps: [session, broken]\nminutes: 5\nupdated: 2026-11-27') },
      ],
      categories: { path: 'content/categories.yaml', text: 'analytics: {title: Analytics, description: Counting.}' },
    });
    expect(content.input.terms.map((t) => t.slug)).toEqual(['session', 'broken']);
    expect(content.input.guides.map((g) => g.data.steps)).toEqual([['session', 'broken']]);
    expect(content.input.categories.map((c) => c.slug)).toEqual(['analytics']);
    expect(content.files).toEqual(['content/terms/session.mdx', 'content/terms/broken.mdx', 'content/guides/path.mdx']);
    expect(content.schemaIssues.map((i) => i.file)).toEqual(['content/terms/broken.mdx']);
    expect([...content.invalidFiles]).toEqual(['content/terms/broken.mdx']);
    expect([...content.unnamedTerms]).toEqual(['content/terms/broken.mdx']);
    expect([content.bodyLine('content/terms/session.mdx'), content.bodyLine('content/terms/broken.mdx')]).toEqual([8, 1]);
  });
});

