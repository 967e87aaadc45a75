/**
 * A scenario's page in the lab (`/demos/scenarios/<slug>/`): the reader's steps on one timeline,
 * and per tool a lane with the hits it heard, where its sessions start and end, its counts and a
 * one-line explanation with the rule's source. Everything is computed here at build time, so the
 * page reads fully without scripts; the scrubber only highlights what is already there.
 */
import type { Hit, ReplayResult } from '../../session/replay';
import { nextMidnight } from '../../session/timezone';
import type { Glossary } from '../glossary';
import { axisEndMs, axisTicks, pct, runsOf, stackRows, type Tick } from '../scenario-chart';
import type { Scenario, ScenarioStep } from '../scenario-parse';
import type { LaneReplay } from '../scenario-replay';
import { wallClock } from '../../session/timezone';
import { formatOffset } from '../scenario-time';
import { actionWords, durationWords, endWords, ignoredWords, paramWords, plural, splitWords, STEP_GLYPHS } from '../scenario-words';
import { sitePath, termPath } from '../site';
import { HOME_CRUMB, type Crumb } from './crumbs';

export const SCENARIOS_PATH = '/demos/scenarios/';
export const scenarioPath = (slug: string) => sitePath(`${SCENARIOS_PATH}${slug}/`);
export const SCENARIOS_CRUMB: Crumb = { name: 'Scenario lab', href: sitePath(SCENARIOS_PATH) };

interface Source {
  title: string;
  url: string;
}

export interface StepView {
  atMs: number;
  /** Last repeat's offset (same as atMs without a repeat). */
  endMs: number;
  offset: string;
  /** Wall-clock time in the scenario's zone, "23:58", with " (next day)" past the start's date. */
  clock: string;
  tab: number;
  glyph: string;
  words: string;
  /** "600 times, every 3 seconds, until 0:30:02", for a repeated step. */
  repeatWords?: string;
  startPct: number;
  endPct: number;
  /** Row on the timeline, so nearby steps do not overlap. */
  row: number;
}

export interface AwayView {
  startPct: number;
  endPct: number;
}

export interface SessionView {
  number: number;
  startMs: number;
  /** End as the tool sees it; may lie past the axis. */
  endMs: number;
  startPct: number;
  endPct: number;
  /** Ends after the axis: drawn open to the right. */
  continues: boolean;
  /** "Session 2: 0:38:00 to 1:10:00, 3 hits, ended after 30 minutes without a hit." */
  words: string;
  /** Alternates, so neighbouring sessions read apart. */
  shade: 0 | 1;
}

export interface MarkView {
  startMs: number;
  startPct: number;
  endPct: number;
  count: number;
  dropped: boolean;
}

export interface HitRowView {
  offset: string;
  /** Offset of the last hit of a grouped run. */
  until?: string;
  name: string;
  count: number;
  params: string;
  session: number;
  dropped: boolean;
}

export interface MetricView {
  name: string;
  value: string;
  explanation: string;
  source?: Source;
}

export interface LaneView {
  id: string;
  short: string;
  name: string;
  /** "sessions" or "visits", the tool's own word. */
  sessionWord: string;
  count: number;
  heardCount: number;
  droppedCount: number;
  /** One line: how many sessions and why. */
  explanation: string;
  /** "4 scrolls and 3 clicks", or "" when it heard every action. */
  ignored: string;
  setup: string;
  variantNote?: string;
  assumptions: string[];
  /** The session rule's source first, then the sources of the hits it heard. */
  sources: Source[];
  /** The session rule in one sentence, beside its source. */
  ruleNote: string;
  sessions: SessionView[];
  marks: MarkView[];
  hits: HitRowView[];
  metrics: MetricView[];
  /** Offsets (whole seconds) of every hit, for counts as the scrubber moves. */
  hitSeconds: string;
}

export interface MomentView {
  atMs: number;
  /** What happens at that moment, in words, for the scrubber's aria-valuetext. */
  words: string;
}

export interface ScenarioPage {
  slug: string;
  title: string;
  description: string;
  href: string;
  crumbs: Crumb[];
  timeZone: string;
  startMs: number;
  /** "Tuesday 10 March 2026 at 09:00 (Europe/London)". */
  startWords: string;
  durationWords: string;
  axisEndMs: number;
  ticks: Tick[];
  /** Where midnight falls in the scenario's time zone, for the tools that reset there. */
  midnights: { pct: number; label: string }[];
  steps: StepView[];
  stepRows: number;
  legend: { glyph: string; legend: string }[];
  away: AwayView[];
  lanes: LaneView[];
  moments: MomentView[];
  terms: { title: string; href: string }[];
}

/** Hits this close together, GROUP_FROM or more of them, are a burst: listed one row per hit name. */
const BURST_GAP_MS = 10_000;
const GROUP_FROM = 5;

/** What a metric is called where a tool has none of its own. */
const METRIC_LABELS: Record<string, string> = {
  sessions: 'Sessions',
  engagedSessions: 'Engaged sessions',
  engagementRate: 'Engagement rate',
  bounce: 'Bounces',
  pageViews: 'Page views',
};

function clockOf(scenario: Scenario, offsetMs: number): string {
  const start = wallClock(scenario.startMs, scenario.timeZone);
  const at = wallClock(scenario.startMs + offsetMs, scenario.timeZone);
  if (at.date === start.date) return at.time;
  const days = Math.round((Date.parse(at.date) - Date.parse(start.date)) / 86_400_000);
  return `${at.time} (${days === 1 ? 'next day' : `day ${days + 1}`})`;
}

function startWordsOf(scenario: Scenario): string {
  const when = new Intl.DateTimeFormat('en-GB', { timeZone: scenario.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(scenario.startMs);
  return `${when} at ${wallClock(scenario.startMs, scenario.timeZone).time} (${scenario.timeZone})`;
}

function stepViews(scenario: Scenario, endMs: number): { steps: StepView[]; rows: number } {
  const tabs = new Set(scenario.steps.map((s) => s.tab)).size > 1;
  const positioned = scenario.steps.map((step) => {
    const last = step.repeat ? step.atMs + (step.repeat.count - 1) * step.repeat.everyMs : step.atMs;
    return { step, last, startPct: pct(step.atMs, endMs), endPct: pct(last, endMs) };
  });
  // Glyphs are about 18 px wide, which is 5 % of a phone's track.
  const rows = stackRows(positioned, 5);
  const steps = positioned.map(({ step, last, startPct, endPct }, i): StepView => ({
    atMs: step.atMs,
    endMs: last,
    offset: formatOffset(step.atMs),
    clock: clockOf(scenario, step.atMs),
    tab: step.tab,
    glyph: STEP_GLYPHS[step.action.kind].glyph,
    words: `${tabs ? `Tab ${step.tab}: ` : ''}${actionWords(step.action)}`,
    ...(step.repeat ? { repeatWords: `${step.repeat.count.toLocaleString('en-GB')} times, every ${durationWords(step.repeat.everyMs)}, until ${formatOffset(last)}` } : {}),
    startPct,
    endPct,
    row: rows[i]!,
  }));
  return { steps, rows: Math.max(1, ...rows.map((r) => r + 1)) };
}

/** Stretches when no tab of the browser is visible: the reader is away. */
function awayViews(scenario: Scenario, endMs: number): AwayView[] {
  const visible = new Set<number>();
  const away: AwayView[] = [];
  let awaySince: number | null = null;
  const settle = (step: ScenarioStep) => {
    const { kind } = step.action;
    if (kind === 'hidden') visible.delete(step.tab);
    else if (kind === 'page_view' || kind === 'visible') visible.add(step.tab);
    if (visible.size === 0 && awaySince === null) awaySince = step.atMs;
    if (visible.size > 0 && awaySince !== null) {
      if (step.atMs > awaySince) away.push({ startPct: pct(awaySince, endMs), endPct: pct(step.atMs, endMs) });
      awaySince = null;
    }
  };
  scenario.steps.forEach(settle);
  if (awaySince !== null) away.push({ startPct: pct(awaySince, endMs), endPct: 100 });
  return away;
}

function formatMetric(value: number | null, unit: 'count' | 'rate'): string {
  if (value === null) return '—';
  return unit === 'rate' ? `${Math.round(value * 1000) / 10} %` : value.toLocaleString('en-GB');
}

/** The one-line explanation of a lane: how many sessions, and what split them. */
function explain(result: ReplayResult, offset: (t: number) => number, word: string): string {
  const { sessions, rules } = result;
  const n = sessions.length;
  const dropped = result.heard.filter((h) => h.dropped).length;
  const droppedNote = dropped ? `; ${plural(dropped, 'hit')} past its limit ${dropped === 1 ? 'was' : 'were'} dropped, not counted as a new ${word}` : '';
  if (n === 0) return `No ${word}s: nothing reached it.`;
  if (n === 1) {
    const processed = result.heard.filter((h) => !h.dropped);
    if (processed.length === 1) {
      const ignored = ignoredWords(result.ignored);
      return `1 ${word}: it heard a single hit, at ${formatOffset(offset(processed[0]!.t))}${ignored ? `; the ${ignored} were not sent to it` : ''}.`;
    }
    return `1 ${word}: no two hits it heard were more than ${durationWords(rules.timeoutMs)} apart, and no other rule split it${droppedNote}.`;
  }
  const splits = sessions.slice(1).map((next, i) => {
    const previous = sessions[i]!;
    return splitWords(previous.endReason, offset(previous.lastHit), offset(next.start), rules.timeoutMs);
  });
  return `${plural(n, word)}: ${splits.join('; ')}${droppedNote}.`;
}

function laneView(lane: LaneReplay, scenario: Scenario, endMs: number): LaneView {
  const { spec, result } = lane;
  const offset = (t: number) => t - scenario.startMs;
  const word = spec.tool.sessionWord;
  const Word = word[0]!.toUpperCase() + word.slice(1);
  const timeout = result.rules.timeoutMs;

  const sessions = result.sessions.map((s, i): SessionView => {
    const start = offset(s.start);
    const end = s.end === null ? endMs : offset(s.end);
    const hits = s.hits.filter((h) => !h.dropped).length;
    const ended = s.end === null ? 'still open' : `ended ${endWords(s.endReason, timeout)} at ${formatOffset(end)}`;
    return {
      number: s.number,
      startMs: start,
      endMs: end,
      startPct: pct(start, endMs),
      endPct: pct(end, endMs),
      continues: end > endMs,
      words: `${Word} ${s.number}: from ${formatOffset(start)}, ${plural(hits, 'hit')}, ${ended}.`,
      shade: (i % 2) as 0 | 1,
    };
  });

  const gap = endMs * 0.006;
  const marks = runsOf(result.heard, (h) => offset(h.t), gap, (h) => `${h.session}:${h.dropped ? 1 : 0}`).map(
    (run): MarkView => ({
      startMs: run.startMs,
      startPct: pct(run.startMs, endMs),
      endPct: pct(run.endMs, endMs),
      count: run.items.length,
      dropped: run.items[0]!.dropped === true,
    }),
  );

  // A list row per hit; a burst (hits seconds apart, GROUP_FROM or more) as one row per hit name.
  const bursts = runsOf(result.heard, (h) => offset(h.t), BURST_GAP_MS, (h) => `${h.session}:${h.dropped ? 1 : 0}`);
  const hits = bursts.flatMap((run): HitRowView[] => {
    const row = (items: readonly Hit[]): HitRowView => {
      const first = items[0]!;
      const last = items.at(-1)!;
      return {
        offset: formatOffset(offset(first.t)),
        ...(items.length > 1 ? { until: formatOffset(offset(last.t)) } : {}),
        name: first.name,
        count: items.length,
        params: items.length > 1 ? '' : paramWords(first.params),
        session: first.session,
        dropped: first.dropped === true,
      };
    };
    if (run.items.length < GROUP_FROM) return run.items.map((h) => row([h]));
    const byName = new Map<string, Hit[]>();
    for (const h of run.items) {
      const list = byName.get(h.name);
      if (list) list.push(h);
      else byName.set(h.name, [h]);
    }
    return [...byName.values()].map(row);
  });

  const heardNames = new Set(result.heard.map((h) => h.name));
  const hitSources = spec.tool.mapping.filter((rule) => typeof rule.hit === 'string' && heardNames.has(rule.hit) && (!rule.toggle || spec.toggles[rule.toggle])).map((rule) => rule.source);
  const sources = [result.rules.source, ...hitSources, ...(spec.variant ? [spec.variant.source] : [])].filter((s, i, all) => all.findIndex((o) => o.url === s.url) === i);
  const assumptions = [
    ...(spec.tool.setupAssumption ? [spec.tool.setupAssumption] : []),
    ...spec.tool.mapping.filter((rule) => rule.assumption && typeof rule.hit === 'string' && heardNames.has(rule.hit)).map((rule) => rule.assumption!),
    ...(spec.variant?.assumption ? [spec.variant.assumption] : []),
  ];

  const metrics = Object.entries(result.metrics).map(([id, m]): MetricView => ({
    name: m.name ?? `${METRIC_LABELS[id] ?? id} (no such metric)`,
    value: formatMetric(m.value, m.unit),
    explanation: m.explanation,
    ...(m.source ? { source: m.source } : {}),
  }));

  const dropped = result.heard.filter((h) => h.dropped).length;
  return {
    id: spec.id,
    short: spec.short,
    name: spec.name,
    sessionWord: `${word}s`,
    count: result.sessions.length,
    heardCount: result.heard.length - dropped,
    droppedCount: dropped,
    explanation: explain(result, offset, word),
    ignored: ignoredWords(result.ignored),
    setup: spec.tool.setup,
    ...(spec.variant ? { variantNote: `${spec.variant.label}: ${spec.variant.note}` } : {}),
    assumptions,
    sources,
    ruleNote: `Ends after ${durationWords(timeout)} without a hit. ${result.rules.note}`,
    sessions,
    marks,
    hits,
    metrics,
    hitSeconds: result.heard.filter((h) => !h.dropped).map((h) => Math.round(offset(h.t) / 1000)).join(' '),
  };
}

/** Every moment worth stopping at: each step, and each session start or end on the axis. */
function momentsOf(steps: readonly StepView[], lanes: readonly LaneView[], endMs: number): MomentView[] {
  const at = new Map<number, string[]>();
  const add = (ms: number, words: string) => {
    if (ms < 0 || ms > endMs) return;
    at.set(ms, [...(at.get(ms) ?? []), words]);
  };
  for (const step of steps) {
    add(step.atMs, step.words);
    if (step.endMs !== step.atMs) add(step.endMs, `${step.words} (the last of the repeats)`);
  }
  for (const lane of lanes) {
    for (const s of lane.sessions) {
      if (s.number > 1) add(s.startMs, `${lane.short} starts ${lane.sessionWord.slice(0, -1)} ${s.number}`);
      if (!s.continues && s.endMs !== s.startMs) add(s.endMs, `${lane.short} ${lane.sessionWord.slice(0, -1)} ${s.number} ends`);
    }
  }
  return [...at.entries()].sort((a, b) => a[0] - b[0]).map(([atMs, words]) => ({ atMs, words: words.join('; ') }));
}

function midnightsOf(scenario: Scenario, endMs: number): { pct: number; label: string }[] {
  const out: { pct: number; label: string }[] = [];
  for (let t = nextMidnight(scenario.startMs, scenario.timeZone); t - scenario.startMs <= endMs; t = nextMidnight(t, scenario.timeZone)) {
    out.push({ pct: pct(t - scenario.startMs, endMs), label: 'midnight' });
  }
  return out;
}

export function scenarioPage(scenario: Scenario, lanes: readonly LaneReplay[], glossary: Pick<Glossary, 'term'>): ScenarioPage {
  const endMs = axisEndMs(scenario.durationMs);
  const { steps, rows } = stepViews(scenario, endMs);
  const laneViews = lanes.map((lane) => laneView(lane, scenario, endMs));
  const href = scenarioPath(scenario.slug);
  const kinds = [...new Set(scenario.steps.map((s) => s.action.kind))];
  const legend = [...new Map(kinds.map((k) => [STEP_GLYPHS[k].glyph, STEP_GLYPHS[k]])).values()];
  return {
    slug: scenario.slug,
    title: scenario.title,
    description: scenario.summary,
    href,
    crumbs: [HOME_CRUMB, SCENARIOS_CRUMB, { name: scenario.title, href }],
    timeZone: scenario.timeZone,
    startMs: scenario.startMs,
    startWords: startWordsOf(scenario),
    durationWords: durationWords(scenario.durationMs),
    axisEndMs: endMs,
    ticks: axisTicks(endMs),
    midnights: midnightsOf(scenario, endMs),
    steps,
    stepRows: rows,
    legend,
    away: awayViews(scenario, endMs),
    lanes: laneViews,
    moments: momentsOf(steps, laneViews, endMs),
    terms: scenario.illustrates.flatMap((slug) => {
      const term = glossary.term(slug);
      return term ? [{ title: term.data.title, href: termPath(slug) }] : [];
    }),
  };
}
