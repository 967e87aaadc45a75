/** The file-system half of the scenario reader (`scenario-parse.ts` is the pure half). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_FOLDER } from './scenario-parse';

/** Paths (relative to `root`) of the scenario files, sorted; none when the folder does not exist. */
export function scenarioFiles(root = '.'): string[] {
  const folder = join(root, SCENARIO_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => `${SCENARIO_FOLDER}/${name}`);
}

/** The text of every scenario file under `root`. */
export function readScenarioFiles(root = '.'): { path: string; text: string }[] {
  return scenarioFiles(root).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** Names and modification times of the scenario files: changes when one is added, removed or edited. */
export function scenarioSignature(root = '.'): string {
  return scenarioFiles(root).map((path) => `${path}:${statSync(join(root, path)).mtimeMs}`).join('|');
}
