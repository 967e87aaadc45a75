// `npm run bench -- --compare <rev>`: builds a git revision (A) and the working tree (B) of the
// same site, alternately (A B A B …), and compares the medians phase by phase. Machines here vary
// by 15–25 % between runs; builds that alternate share the same conditions, so the ratio B/A
// says more than either side's times.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteWithCorpus } from '../corpus-site.mjs';
import { comparisonTable, median, medianFigures, megabytes, msPerPage, ratio, times } from './bench-stats.mjs';
import { timedBuild } from './timed-build.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const git = (...args) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).trim();

/** A temporary git worktree of `rev` with this checkout's node_modules linked; `remove` deletes it. */
export function checkoutRevision(rev) {
  const sha = git('rev-parse', '--verify', `${rev}^{commit}`);
  const dir = join(mkdtempSync(join(tmpdir(), 'lexicon-ab-')), 'base');
  git('worktree', 'add', '--detach', '--quiet', dir, sha);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    sha,
    subject: git('log', '-1', '--format=%s', sha),
    remove() {
      try {
        git('worktree', 'remove', '--force', dir);
      } finally {
        rmSync(join(dir, '..'), { recursive: true, force: true });
        git('worktree', 'prune');
      }
    },
  };
}

/** A copy of a checkout's site with its own content (the shipped glossary). */
function siteCopy(from) {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-ab-site-'));
  for (const item of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(from, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Every build starts clean: no dist/ and no .astro/ (content store, Vite's dependency cache). */
function clean(dir) {
  for (const item of ['dist', '.astro']) rmSync(join(dir, item), { recursive: true, force: true });
}

/**
 * Runs the comparison for each size ('site' is the shipped glossary, a number a generated corpus).
 * @param {{ rev: string, sizes: (number | 'site')[], rounds: number, progress: ReturnType<typeof import('./progress.mjs').createProgress> }} options
 */
export async function compareRevisions({ rev, sizes, rounds, progress }) {
  const base = checkoutRevision(rev);
  const head = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no').length > 0;
  const results = [];
  const loadBefore = loadavg()[0];
  const started = Date.now();
  try {
    const steps = sizes.length * rounds * 2;
    let step = 0;
    for (const size of sizes) {
      const label = size === 'site' ? 'shipped site' : `${size} terms`;
      const dirs = { A: '', B: '' };
      const builds = { A: [], B: [] };
      try {
        if (size === 'site') {
          dirs.A = siteCopy(base.dir);
          dirs.B = siteCopy(ROOT);
        } else {
          progress.update({ label, detail: 'generating the corpus' });
          dirs.A = siteWithCorpus(size, undefined, { from: base.dir, onProgress: (count, total) => progress.update({ label, detail: 'generating the corpus', count, total }) });
          dirs.B = siteWithCorpus(size, undefined, { content: join(dirs.A, 'content') });
        }
        for (let round = 1; round <= rounds; round++) {
          for (const side of /** @type {const} */ (['A', 'B'])) {
            step++;
            clean(dirs[side]);
            const since = Date.now();
            const sideLabel = `${label}, round ${round}/${rounds}, ${side}`;
            const build = await timedBuild(dirs[side], { onProgress: (p) => progress.update({ step, steps, label: sideLabel, since, ...p }) });
            builds[side].push(build);
            progress.log(`[${step}/${steps}] ${sideLabel}: ${(build.wallMs / 1000).toFixed(1)} s wall, ${(build.cpuMs / 1000).toFixed(1)} s CPU, ${megabytes(build.peakTreeKb)} peak (all processes)${build.cards?.rendered ? `, ${build.cards.rendered} card images rendered` : ''}`);
          }
        }
      } finally {
        for (const dir of Object.values(dirs)) if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
      }
      results.push({ size, label, builds });
    }
  } finally {
    base.remove();
  }
  return { rev, base, head, dirty, rounds, results, loadBefore, loadAfter: loadavg()[0], minutes: (Date.now() - started) / 60000 };
}

/** The BENCHMARKS.md section of a comparison. */
export function comparisonSection({ rev, base, head, dirty, rounds, results, loadBefore, loadAfter, minutes }) {
  const lines = [
    '## A/B: before and after, in one run',
    '',
    `\`npm run bench -- --compare ${rev} --terms ${results.map((r) => r.size).join(',')} --rounds ${rounds}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutes.toFixed(0)} min. A is \`${rev}\` (${base.sha.slice(0, 7)}, “${base.subject}”), B the working tree (${head}${dirty ? ' with uncommitted changes' : ''}). Builds alternate A B A B, ${rounds} round${rounds > 1 ? 's' : ''}; each starts clean (no \`dist/\`, no \`.astro/\` cache), both sides build the same content, and card images come from the shared cache. Load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (2 cores). Figures are each side's medians; B/A is the ratio of the medians. Peak RSS is all of the build's processes at once.`,
    '',
  ];
  for (const { label, builds } of results) {
    const a = medianFigures(builds.A);
    const b = medianFigures(builds.B);
    const roundRatios = builds.A.map((x, i) => ratio(x.wallMs, builds.B[i]?.wallMs ?? NaN));
    lines.push(
      `### ${label[0]?.toUpperCase()}${label.slice(1)} (${a.pages} pages)`,
      '',
      ...comparisonTable(a, b),
      '',
      `ms / page: A ${msPerPage(a.wallMs, a.pages)}, B ${msPerPage(b.wallMs, b.pages)} (B/A ${times(ratio(a.wallMs / a.pages, b.wallMs / b.pages))}). Largest single process: A ${megabytes(median(builds.A.map((x) => x.maxRssKb)))}, B ${megabytes(median(builds.B.map((x) => x.maxRssKb)))}. Total wall B/A of each round: ${roundRatios.map(times).join(', ')}.`,
      '',
    );
  }
  return lines;
}
