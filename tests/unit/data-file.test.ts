import { describe, expect, it } from 'vitest';
import { buildDataFile, dataFileName, parseDataFile, type StoredEntries } from '../../src/client/storage/data-file';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const DECK = '{"version":1,"mine":["session"],"cards":{}}';
const HELD: StoredEntries = [
  ['lexicon:deck', DECK],
  ['lexicon:session-extra', 'raw text'],
  ['lexicon:theme', 'dark'],
];
const file = (data: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'lexicon-data', version: 1, data, ...extra });

describe('data file', () => {
  it('writes JSON values as JSON and text as strings, versioned and dated', () => {
    expect(JSON.parse(buildDataFile(HELD, NOW))).toEqual({
      format: 'lexicon-data',
      version: 1,
      exported: '2026-12-01T10:00:00.000Z',
      data: { 'lexicon:deck': { version: 1, mine: ['session'], cards: {} }, 'lexicon:session-extra': 'raw text', 'lexicon:theme': 'dark' },
    });
    expect(dataFileName(NOW)).toBe('lexicon-data-2026-12-01.json');
  });

  it('reads back exactly what it wrote', () => {
    expect(parseDataFile(buildDataFile(HELD, NOW))).toEqual({ ok: true, entries: HELD });
    expect(parseDataFile(file({}))).toEqual({ ok: true, entries: [] });
  });

  it('refuses a file that is not JSON, not an export, or another version', () => {
    const refused = (text: string) => {
      const result = parseDataFile(text);
      return result.ok ? [] : result.problems;
    };
    expect(refused('{"format": "lexicon-data",')[0]).toMatch(/^The file is not valid JSON \(/);
    expect(refused('[1, 2]')).toEqual(['The file is not a Lexicon data export: it has no "format": "lexicon-data".']);
    expect(refused(file({}, { version: 2 }))).toEqual(['The file is format version 2; this site reads version 1.']);
    expect(refused(JSON.stringify({ format: 'lexicon-data', version: 1 }))).toEqual(['The file has no "data" object.']);
  });

  it('refuses the whole file for any bad value, naming every one', () => {
    const result = parseDataFile(file({ 'lexicon:theme': 'dark', theme: 'dark', 'lexicon:deck': { version: 1, mine: 'session', cards: {} }, 'lexicon:previews': 0 }));
    expect(result).toEqual({
      ok: false,
      problems: [
        '"theme": not a key this site keeps (every key starts with "lexicon:").',
        '"lexicon:deck" (Review deck): mine: not a list.',
        '"lexicon:previews" (Term previews setting): 0 is not one of "on", "off".',
      ],
    });
  });
});
