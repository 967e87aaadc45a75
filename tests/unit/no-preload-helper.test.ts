import { describe, expect, it } from 'vitest';
import { withoutMapDeps } from '../../src/integrations/no-preload-helper';

describe('withoutMapDeps', () => {
  it('drops the dependency table and hands every dynamic import an empty list', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/LiveDemo.X.js","_astro/react.Y.js"])))=>i.map(i=>d[i]);\n' +
      'import{t as l}from"./preload-helper.Z.js";var g=()=>l(()=>import(`./LiveDemo.X.js`),__vite__mapDeps([0,1]));';
    expect(withoutMapDeps(code)).toBe('\nimport{t as l}from"./preload-helper.Z.js";var g=()=>l(()=>import(`./LiveDemo.X.js`),[]);');
  });

  it('leaves a chunk without a table as it is', () => {
    const code = 'var f=()=>l(()=>import(`./a.js`),[]);';
    expect(withoutMapDeps(code)).toBe(code);
  });
});
