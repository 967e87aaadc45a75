/**
 * The export file of "Your data on this site", and the check of one being imported. The format
 * (README "Your data"):
 *
 *   { "format": "lexicon-data", "version": 1, "exported": "<ISO date>",
 *     "data": { "lexicon:theme": "dark", "lexicon:deck": { …the stored JSON… }, … } }
 *
 * Values the site keeps as JSON are written as JSON (readable in the file), text as strings. An
 * import is checked entirely before anything is written: one problem refuses the whole file.
 */
import { KEY_PREFIX, type StoredKey } from './names';
import { storedDataKind } from './registry';

export const DATA_FILE_FORMAT = 'lexicon-data';
export const DATA_FILE_VERSION = 1;
/** Larger than anything a browser's storage for one site holds. */
export const DATA_FILE_MAX_BYTES = 10_000_000;

export type StoredEntries = [StoredKey, string][];

export type ImportResult = { ok: true; entries: StoredEntries } | { ok: false; problems: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The file's text for what the browser holds now. */
export function buildDataFile(entries: StoredEntries, now: Date): string {
  const data: Record<string, unknown> = {};
  for (const [key, raw] of entries) {
    let value: unknown = raw;
    if (storedDataKind(key).format === 'json') {
      try {
        value = JSON.parse(raw);
      } catch {
        /* Unreadable JSON goes out as the text it is; the import check will name it. */
      }
    }
    data[key] = value;
  }
  return `${JSON.stringify({ format: DATA_FILE_FORMAT, version: DATA_FILE_VERSION, exported: now.toISOString(), data }, null, 2)}\n`;
}

/** The file name a download gets: lexicon-data-2026-12-01.json. */
export const dataFileName = (now: Date) => `lexicon-data-${now.toISOString().slice(0, 10)}.json`;

/** Checks a whole file; the entries to store only when every part of it is right. */
export function parseDataFile(text: string): ImportResult {
  const refuse = (...problems: string[]): ImportResult => ({ ok: false, problems });
  if (text.length > DATA_FILE_MAX_BYTES) return refuse(`The file is larger than ${DATA_FILE_MAX_BYTES / 1_000_000} MB; an export from this site is much smaller.`);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return refuse(`The file is not valid JSON (${(error as Error).message}).`);
  }
  if (!isObject(file) || file['format'] !== DATA_FILE_FORMAT) return refuse(`The file is not a Lexicon data export: it has no "format": "${DATA_FILE_FORMAT}".`);
  if (file['version'] !== DATA_FILE_VERSION) {
    return refuse(`The file is format version ${JSON.stringify(file['version'])}; this site reads version ${DATA_FILE_VERSION}.`);
  }
  const data = file['data'];
  if (!isObject(data)) return refuse('The file has no "data" object.');
  const problems: string[] = [];
  const entries: StoredEntries = [];
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith(KEY_PREFIX)) {
      problems.push(`"${key}": not a key this site keeps (every key starts with "${KEY_PREFIX}").`);
      continue;
    }
    const kind = storedDataKind(key as StoredKey);
    const found = kind.check(value);
    if (found.length) {
      problems.push(...found.map((p) => `"${key}" (${kind.label}): ${p}.`));
      continue;
    }
    entries.push([key as StoredKey, kind.format === 'json' ? JSON.stringify(value) : (value as string)]);
  }
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}
