/**
 * Scenario files (`content/scenarios/<slug>.yaml`): scripted visits that the scenario lab replays
 * under each analytics tool's rules. This is the pure reader and checker; `scenario-fs.ts` reads
 * the folder. Every problem names the file, the field and the line, with a suggestion where one
 * is close, in the build's one problem format.
 */
import { z } from 'astro/zod';
import { closestMatches } from '../term-links/suggest';
import { fieldName, parseYaml } from './content-parse';
import type { Problem } from './problem';
import { slug as slugSchema } from './schema';
import { parseStepLine, type StepLine } from './scenario-steps';
import { formatOffset, isTimeZone, knownTimeZones, localToEpoch } from './scenario-time';

export const SCENARIO_FOLDER = 'content/scenarios';

/** The rule every scenario problem is reported under (the content lint lists its description). */
export const SCENARIO_RULE = {
  name: 'scenario',
  description: 'scenario files: fields, known terms and time zone, and step lines the lab can replay (README "Scenario lab")',
} as const;

export const SCENARIO_TITLE_MAX = 80;
export const SCENARIO_SUMMARY_MAX = 240;
/** A scenario longer than this would not read as one timeline. */
export const SCENARIO_MAX_MS = 48 * 3_600_000;

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `must be at most ${max} characters` });

/** The fields of a scenario file; each is documented where authors look (README "Scenario lab"). */
export const scenarioSchema = z.object({
  /** What happens, as a reader would say it: "A 40-minute read without a click". */
  title: text('title', SCENARIO_TITLE_MAX),
  /** The story and what it shows, in a sentence or two. */
  summary: text('summary', SCENARIO_SUMMARY_MAX),
  /** Slugs of the glossary terms the scenario illustrates; their pages link to it. */
  illustrates: z.array(slugSchema, { error: 'must be a list of term slugs, e.g. [session, bounce-rate]' }).min(1, { error: 'needs at least one term slug' }),
  /** IANA time zone of the property, e.g. "Europe/London": where midnight falls. */
  timezone: text('timezone', 64),
  /** Wall-clock time of the first step in that zone, "YYYY-MM-DDTHH:MM" (seconds optional). */
  start: z.string({ error: 'must be a date and time such as "2026-03-10T09:00" (quote it if YAML reads it as a date)' }),
  /** One line per action: "h:mm:ss [tab n] action [arguments] [x<count> every <gap>]". */
  steps: z.array(z.string({ error: 'each step is one line of text, e.g. "0:31:00 scroll 90%"' }), { error: 'must be a list of step lines, each starting "- "' }).min(1, { error: 'needs at least one step' }),
});

const FIELDS = Object.keys(scenarioSchema.shape);

/** One step as written and as read. */
export interface ScenarioStep extends StepLine {
  /** 1-based line of the file. */
  line: number;
  /** The line as the author wrote it, trimmed. */
  text: string;
}

export interface Scenario {
  slug: string;
  file: string;
  title: string;
  summary: string;
  illustrates: string[];
  timeZone: string;
  /** The start as written, and as epoch ms. */
  start: string;
  startMs: number;
  /** In the order written (which is the order of time). */
  steps: ScenarioStep[];
  /** Offset of the last action, repeats included. */
  durationMs: number;
}

/** The slug of a scenario file: its name without ".yaml". */
export function scenarioSlugOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '');
}

/** The offset of a step's last action (its repeats included). */
export function stepEndMs(step: StepLine): number {
  return step.atMs + (step.repeat ? (step.repeat.count - 1) * step.repeat.everyMs : 0);
}

export interface ParsedScenario {
  /** Undefined when the file cannot be replayed. */
  scenario?: Scenario;
  problems: Problem[];
}

/**
 * Reads and checks one scenario file. `termSlugs` are the glossary's terms, which `illustrates`
 * must name; pass undefined to skip that check (the content lint when terms fail to load).
 */
export function parseScenario(file: string, source: string, termSlugs?: readonly string[]): ParsedScenario {
  const problems: Problem[] = [];
  const report = (field: string | undefined, line: number | undefined, message: string): void => {
    problems.push({ file, ...(field === undefined ? {} : { field }), ...(line === undefined ? {} : { line }), message, rule: SCENARIO_RULE.name, severity: 'error' });
  };

  const slug = scenarioSlugOf(file);
  if (!slugSchema.safeParse(slug).success) report(undefined, undefined, `the file name "${slug}" must be a lowercase slug such as "lunch-break": it is the page's URL`);

  const yaml = parseYaml(source);
  if (yaml.error) {
    report(undefined, yaml.error.line, `not valid YAML: ${yaml.error.message}`);
    return { problems };
  }
  if (yaml.value === undefined || Array.isArray(yaml.value)) {
    report(undefined, 1, `must be "field: value" lines: ${FIELDS.join(', ')}`);
    return { problems };
  }
  const raw = yaml.value as Record<string, unknown>;
  const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf(path);

  for (const key of Object.keys(raw).filter((k) => !FIELDS.includes(k))) {
    const [best] = closestMatches(key, FIELDS, 1);
    report(key, lineOf([key]), `unknown field${best ? ` — did you mean "${best}"?` : `; the fields are ${FIELDS.join(', ')}`}`);
  }

  // Each field on its own, so one broken field hides no problem of another.
  const read = <T,>(key: keyof typeof scenarioSchema.shape, schema: z.ZodType<T>): T | undefined => {
    const result = schema.safeParse(raw[key]);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = [key, ...issue.path];
      report(fieldName(path), lineOf(path) ?? 1, raw[key] === undefined ? 'is required (see README "Scenario lab")' : issue.message);
    }
    return undefined;
  };
  const { shape } = scenarioSchema;
  const data = {
    title: read('title', shape.title),
    summary: read('summary', shape.summary),
    illustrates: read('illustrates', shape.illustrates),
    timezone: read('timezone', shape.timezone),
    start: read('start', shape.start),
    steps: read('steps', shape.steps),
  };

  if (termSlugs && data.illustrates) {
    data.illustrates.forEach((term, i) => {
      if (termSlugs.includes(term)) return;
      const [best] = closestMatches(term, termSlugs, 1);
      report(`illustrates[${i}]`, lineOf(['illustrates', i]), `unknown term "${term}"${best ? ` — did you mean "${best}"?` : ''}`);
    });
  }

  let startMs: number | undefined;
  if (data.timezone === undefined || data.start === undefined) {
    // Reported above.
  } else if (!isTimeZone(data.timezone)) {
    const [best] = closestMatches(data.timezone, knownTimeZones(), 1);
    report('timezone', lineOf(['timezone']), `unknown time zone "${data.timezone}"${best ? ` — did you mean "${best}"?` : '; use an IANA name such as "Europe/London"'}`);
  } else {
    startMs = localToEpoch(data.start, data.timezone);
    if (startMs === undefined) {
      const why = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(data.start) ? `is not a time the clocks in ${data.timezone} show (a skipped hour or an impossible date)` : 'must be a local date and time such as "2026-03-10T09:00"';
      report('start', lineOf(['start']), why);
    }
  }

  const steps: ScenarioStep[] = [];
  const tabsSeen = new Set<number>();
  (data.steps ?? []).forEach((lineText, i) => {
    const field = `steps[${i}]`;
    const line = lineOf(['steps', i]);
    const result = parseStepLine(lineText);
    if (!result.ok) {
      report(field, line, result.message);
      return;
    }
    const step: ScenarioStep = { ...result.step, line: line ?? 0, text: lineText.trim() };
    const previous = steps.at(-1);
    if (!previous && step.atMs !== 0) report(field, line, `the first step is at 0:00:00, the scenario's start (this one is at ${formatOffset(step.atMs)})`);
    if (previous && step.atMs < previous.atMs) report(field, line, `goes back in time: ${formatOffset(step.atMs)} is before the step above (${formatOffset(previous.atMs)}); list steps in order`);
    if (!tabsSeen.has(step.tab) && step.action.kind !== 'page_view') report(field, line, `tab ${step.tab} has no page yet: a tab's first step is a page view, e.g. "${formatOffset(step.atMs)}${step.tab > 1 ? ` tab ${step.tab}` : ''} view /glossary/"`);
    tabsSeen.add(step.tab);
    if (stepEndMs(step) > SCENARIO_MAX_MS) report(field, line, `ends after ${formatOffset(stepEndMs(step))}: a scenario lasts at most ${formatOffset(SCENARIO_MAX_MS)}`);
    steps.push(step);
  });

  const { title, summary, illustrates, timezone, start } = data;
  if (problems.length || startMs === undefined || !title || !summary || !illustrates || !timezone || !start) return { problems };
  const durationMs = Math.max(...steps.map(stepEndMs));
  return {
    scenario: { slug, file, title, summary, illustrates, timeZone: timezone, start, startMs, steps, durationMs },
    problems,
  };
}

/** Every scenario file read and checked, A–Z by slug; problems of every file at once. */
export function parseScenarios(files: readonly { path: string; text: string }[], termSlugs?: readonly string[]): { scenarios: Scenario[]; problems: Problem[] } {
  const results = files.map((f) => parseScenario(f.path, f.text, termSlugs));
  return {
    scenarios: results.flatMap((r) => (r.scenario ? [r.scenario] : [])).sort((a, b) => a.slug.localeCompare(b.slug)),
    problems: results.flatMap((r) => r.problems),
  };
}
