import { describe, expect, it } from 'vitest';
import knownWarnings, { isAstroHeadInjectDirectiveWarning } from '../../src/integrations/known-warnings';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/terms/z-test.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};
const otherDirective = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved when bundling.' };
const unrelated = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };

type OnWarn = (w: { code?: string; message: string }, warn: (w: unknown) => void) => void;

function installedOnWarn(): OnWarn {
  let config: { vite: { build: { rolldownOptions: { onwarn: OnWarn } } } } | undefined;
  const hook = knownWarnings().hooks['astro:config:setup'] as unknown as (o: { updateConfig: (c: typeof config) => void }) => void;
  hook({ updateConfig: (c) => (config = c) });
  return config!.vite.build.rolldownOptions.onwarn;
}

describe('known build warnings', () => {
  it('recognises only Astro’s head-inject directive warning', () => {
    expect(isAstroHeadInjectDirectiveWarning(headInject)).toBe(true);
    expect(isAstroHeadInjectDirectiveWarning(otherDirective)).toBe(false);
    expect(isAstroHeadInjectDirectiveWarning(unrelated)).toBe(false);
  });

  it('passes every other warning on to the bundler’s printer', () => {
    const onwarn = installedOnWarn();
    const printed: unknown[] = [];
    for (const w of [headInject, otherDirective, unrelated]) onwarn(w, (x) => printed.push(x));
    expect(printed).toEqual([otherDirective, unrelated]);
  });
});
