/**
 * Keeps the build log readable: drops exactly one warning that Astro's own code causes in every MDX
 * module and that a site cannot fix, and lets every other warning through.
 *
 * Astro marks each content module's propagated-assets wrapper with the directive
 * "use astro:head-inject"; Rolldown then warns, once per MDX file, that a module-level directive may
 * not survive bundling. Astro reads the directive before bundling, so nothing is lost. Upstream
 * report: https://github.com/withastro/astro/issues/18087 (remove this filter once it is fixed).
 */
import type { AstroIntegration } from 'astro';

interface BundlerLog {
  code?: string;
  message: string;
}

export const isAstroHeadInjectDirectiveWarning = (log: BundlerLog) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');

export default function knownWarnings(): AstroIntegration {
  return {
    name: 'lexicon-known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: BundlerLog, warn: (w: BundlerLog) => void) {
                  if (!isAstroHeadInjectDirectiveWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
