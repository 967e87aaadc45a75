/**
 * The dev server's memory of parsed files and links found, kept on disk between runs of
 * `astro dev`: a restart then parses and links only the files that changed since, instead of the
 * whole glossary before the first page can show. Each entry holds the text it was computed from
 * and is used only for that exact text; the whole file is dropped when the code that computes the
 * entries (or a package it uses) differs from the code that wrote it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parsedFiles, restoreParsedFiles, type ParsedFiles } from './content-fs';
import { linkMemo, restoreLinkMemo, type LinkMemo } from './link-memo';

interface Saved {
  code: string;
  parsed: ParsedFiles;
  links: LinkMemo;
}

/** The code that parses and links content, and the packages it relies on, as one hash. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const folder of ['src/glossary', 'src/term-links']) {
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(root, folder, name)));
    }
  }
  for (const pkg of ['satteri', 'yaml', 'zod']) {
    try {
      hash.update(readFileSync(join(root, 'node_modules', pkg, 'package.json')));
    } catch {
      hash.update(`${pkg}: none`);
    }
  }
  return hash.digest('hex');
}

/** Restores what `saveDevCache` wrote with the same code; says whether it did. */
export function loadDevCache(file: string, code: string, root = '.'): boolean {
  let saved: Saved;
  try {
    saved = deserialize(readFileSync(file)) as Saved;
  } catch {
    return false; // none yet, or unreadable: start empty
  }
  if (saved.code !== code) return false;
  restoreParsedFiles(saved.parsed, root);
  restoreLinkMemo(saved.links);
  return true;
}

/** Writes the current caches (through a temporary file, so a reader never sees half of one). */
export function saveDevCache(file: string, code: string, root = '.'): void {
  // Only the links found with the current names: those found before a name changed are stale.
  const saved: Saved = { code, parsed: parsedFiles(root), links: new Map([...linkMemo()].slice(-1)) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, serialize(saved));
  renameSync(`${file}.tmp`, file);
}
