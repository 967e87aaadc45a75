import { describe, expect, it } from 'vitest';
import { campaignOf, parseStepLine } from '../../src/glossary/scenario-steps';

const step = (line: string) => {
  const result = parseStepLine(line);
  if (!result.ok) throw new Error(result.message);
  return result.step;
};
const message = (line: string) => {
  const result = parseStepLine(line);
  if (result.ok) throw new Error(`"${line}" parsed`);
  return result.message;
};

describe('scenario step lines', () => {
  it('reads a page view with its referrer and the campaign values of its query string', () => {
    expect(step('0:10:00 view /glossary/campaign/?utm_source=news&utm_medium=email&x=1 from https://mail.example.com/')).toEqual({
      atMs: 600_000,
      tab: 1,
      action: { kind: 'page_view', path: '/glossary/campaign/?utm_source=news&utm_medium=email&x=1', referrer: 'https://mail.example.com/', campaign: { utm_source: 'news', utm_medium: 'email' } },
    });
    expect(step('0:00:00 view /')).toEqual({ atMs: 0, tab: 1, action: { kind: 'page_view', path: '/' } });
  });
  it('reads every other action', () => {
    expect(step('0:00:01 click outbound https://example.org/').action).toEqual({ kind: 'click', target: 'outbound', href: 'https://example.org/' });
    expect(step('0:00:01 click other').action).toEqual({ kind: 'click', target: 'other' });
    expect(step('0:00:01 scroll 90%').action).toEqual({ kind: 'scroll', depth: 90 });
    expect(step('0:00:01 scroll 25').action).toEqual({ kind: 'scroll', depth: 25 });
    expect(step('0:00:01 key').action).toEqual({ kind: 'key' });
    expect(step('0:00:01 form-start').action).toEqual({ kind: 'form_start' });
    expect(step('0:00:01 form-submit').action).toEqual({ kind: 'form_submit' });
    expect(step('0:00:01 hidden').action).toEqual({ kind: 'hidden' });
    expect(step('0:00:01 Visible').action).toEqual({ kind: 'visible' });
  });
  it('reads a tab number and a repeat', () => {
    expect(step('0:20:00 tab 2 view /gallery/ x600 every 3s')).toEqual({
      atMs: 1_200_000,
      tab: 2,
      action: { kind: 'page_view', path: '/gallery/' },
      repeat: { count: 600, everyMs: 3000 },
    });
    expect(step('0:00:00 key ×3 every 250ms').repeat).toEqual({ count: 3, everyMs: 250 });
  });
  it('says what to write instead', () => {
    expect(message('31:00 scroll 90%')).toBe('starts with "31:00": each step starts with its time after the start as h:mm:ss, e.g. "0:31:00 scroll 90%"');
    expect(message('0:31:00 scrol 90%')).toBe('unknown action "scrol" — did you mean "scroll"? (actions: view, click, key, scroll, form-start, form-submit, hidden, visible)');
    expect(message('0:31:00 scroll 120%')).toBe('a scroll needs the depth reached, 1–100 %: write "scroll <1–100>%"');
    expect(message('0:31:00 click outbond')).toBe('a click needs its target, one of internal, outbound, download, other — did you mean "outbound"?: write "click internal|outbound|download|other [<URL>]"');
    expect(message('0:31:00 view glossary/')).toBe('a page view needs a site path starting with "/": write "view <path> [from <referring URL>]"');
    expect(message('0:31:00 view / from google')).toBe('"from" needs an absolute http(s) URL of the referring page: write "view <path> [from <referring URL>]"');
    expect(message('0:31:00 tab two view /')).toBe('"tab" needs a tab number from 1 to 9, e.g. "0:20:00 tab 2 view /glossary/"');
    expect(message('0:31:00 key x600')).toBe('a repeat is written "x<count> every <gap>", e.g. "x600 every 2s" (gaps in ms, s or m)');
    expect(message('0:31:00 hidden x2 every 1s')).toBe('"hidden" cannot repeat: a tab is either hidden or visible');
    expect(message('0:31:00 key now')).toBe('"key" takes no arguments: write "key"');
    expect(message('0:31:00')).toBe('has a time but no action: write one of view, click, key, scroll, form-start, form-submit, hidden, visible');
  });
  it('finds campaign values only in the query string', () => {
    expect(campaignOf('/a/?gclid=abc#utm_source=x')).toEqual({ gclid: 'abc' });
    expect(campaignOf('/a/#utm_source=x')).toBeUndefined();
  });
});
