/** What every content rule is checked against: the content as read, and the glossary built from it. */
import type { Glossary } from './glossary';
import type { Issue } from './problem';
import type { GlossaryInput } from './records';

export interface RuleContext {
  /** Every entry as read (fallbacks where frontmatter failed), links to unknown terms neutralised. */
  input: GlossaryInput;
  /** The glossary built from `input`: lookups, "Mentioned in", links from each entry. */
  glossary: Glossary;
  /** Every content file, including any whose slug another file already has. */
  files: readonly string[];
  /** Frontmatter problems found while reading. */
  schemaIssues: readonly Issue[];
  /** Links to unknown terms found while building the glossary. */
  brokenLinks: readonly Issue[];
  /** Files whose frontmatter failed its schema, so their data is partly fallbacks. */
  invalidFiles: ReadonlySet<string>;
  /** Term files whose title or aliases could not be read, so links by those names cannot be checked. */
  unnamedTerms: ReadonlySet<string>;
  /** Line of the file on which each body starts. */
  bodyLine(file: string): number;
}

export type Check = (context: RuleContext) => Issue[];
