import type { GlossaryInput, TermEntry } from '../../src/glossary/records';
import { termSchema } from '../../src/glossary/schema';

export const BODY = '## Definition\n\nA thing.\n\n## In practice\n\nAn example.\n\n## The reality\n\nA caveat.\n';

export function term(slug: string, data: Record<string, unknown> = {}, body = BODY): TermEntry {
  return {
    slug,
    filePath: `content/terms/${slug}.mdx`,
    body,
    data: termSchema.parse({
      title: slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
      summary: `A ${slug} is a thing.`,
      categories: ['analytics'],
      plainEnglish: 'A thing.',
      updated: '2026-11-27',
      ...data,
    }),
  };
}

export function input(over: Partial<GlossaryInput> = {}): GlossaryInput {
  return {
    terms: [term('session', { aliases: ['visit', 'sessions'] }), term('user', { aliases: ['users'] })],
    guides: [],
    services: [],
    categories: [{ slug: 'analytics', data: { title: 'Analytics', description: 'Counting.' } }],
    ...over,
  };
}
