import { describe, expect, it } from 'vitest';
import { headersUnderBase } from '../../src/integrations/base-headers';
import { withBase, withoutBase } from '../../src/term-links/base-path';

describe('withBase', () => {
  it('leaves paths unchanged at the root base', () => {
    expect(withBase('/', '/glossary/session/')).toBe('/glossary/session/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('puts root-relative paths under a sub-path, with or without its trailing slash', () => {
    expect(withBase('/lexicon/', '/glossary/session/')).toBe('/lexicon/glossary/session/');
    expect(withBase('/lexicon', '/')).toBe('/lexicon/');
  });

  it('leaves absolute, protocol-relative, fragment and relative URLs alone', () => {
    for (const url of ['https://example.com/', '//cdn.example.com/x', '#definition', 'guides/']) expect(withBase('/lexicon/', url)).toBe(url);
  });
});

describe('withoutBase', () => {
  it('takes the base off a path under it, and leaves other paths', () => {
    expect(withoutBase('/lexicon/', '/lexicon/glossary/x/')).toBe('/glossary/x/');
    expect(withoutBase('/lexicon/', '/lexicon')).toBe('/');
    expect(withoutBase('/lexicon/', '/lexiconography/')).toBe('/lexiconography/');
    expect(withoutBase('/lexicon/', '/glossary/x/')).toBe('/glossary/x/');
    expect(withoutBase('/', '/glossary/x/')).toBe('/glossary/x/');
  });
});

describe('headersUnderBase', () => {
  it('puts each path rule of _headers under the base, and nothing else', () => {
    const text = '# comment /not-a-rule\n/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n';
    expect(headersUnderBase(text, '/lexicon/')).toBe(
      '# comment /not-a-rule\n/lexicon/*\n  X-Content-Type-Options: nosniff\n/lexicon/_astro/*\n  Cache-Control: immutable\n',
    );
    expect(headersUnderBase(text, '/')).toBe(text);
  });
});
