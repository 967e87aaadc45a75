/**
 * A scenario replayed under every analytics tool: its steps become the reader's raw activity (the
 * one log format the live demo records too), and the shared session layer says what each tool
 * heard and how it split the visit. Each tool appears with its default set-up, and once more with
 * each of its switches flipped (PostHog with session replay, Matomo with its heartbeat timer).
 */
import type { CampaignValues, RawActivity } from '../session/raw-activity';
import { replay, type ReplayResult } from '../session/replay';
import { TOOLS, type Tool, type ToggleId } from '../session/tools';
import type { Scenario } from './scenario-parse';
import type { Campaign, StepAction } from './scenario-steps';

/** One lane of the lab: a tool, with its defaults or one switch flipped. */
export interface LaneSpec {
  /** "ga4", or "posthog-replay" for a variant. */
  id: string;
  tool: Tool;
  toggles: Partial<Record<ToggleId, boolean>>;
  /** "GA4", "PostHog + replay": short enough for a phone's column. */
  short: string;
  /** The full name, with the variant said in words. */
  name: string;
  /** For a variant: what the switch does, and the source that says so. */
  variant?: { label: string; note: string; source: { title: string; url: string }; assumption?: string };
}

const SHORT: Record<string, string> = { ga4: 'GA4', ua: 'UA', adobe: 'Adobe', mixpanel: 'Mixpanel', matomo: 'Matomo', posthog: 'PostHog' };
const VARIANT_SHORT: Record<string, string> = { replay: 'replay', heartbeat: 'heartbeat' };

/** Every tool with its defaults, each followed by its variants. */
export function laneSpecs(): LaneSpec[] {
  return TOOLS.flatMap((tool) => {
    const defaults = Object.fromEntries(tool.toggles.map((t) => [t.id, t.default]));
    const short = SHORT[tool.id] ?? tool.name;
    const base: LaneSpec = { id: tool.id, tool, toggles: defaults, short, name: tool.name };
    const variants = tool.toggles.map((toggle): LaneSpec => {
      const on = !toggle.default;
      const label = `${toggle.label} ${on ? 'on' : 'off'}`;
      return {
        id: `${tool.id}-${toggle.id}`,
        tool,
        toggles: { ...defaults, [toggle.id]: on },
        short: `${short} ${on ? '+' : '−'} ${VARIANT_SHORT[toggle.id] ?? toggle.label.toLowerCase()}`,
        name: `${tool.name}, ${label.toLowerCase()}`,
        variant: { label, note: toggle.note, source: toggle.source, ...(toggle.assumption ? { assumption: toggle.assumption } : {}) },
      };
    });
    return [base, ...variants];
  });
}

const CAMPAIGN_FIELDS: Record<keyof Campaign, keyof CampaignValues | undefined> = {
  utm_source: 'source',
  utm_medium: 'medium',
  utm_campaign: 'campaign',
  utm_term: 'term',
  utm_content: 'content',
  gclid: 'gclid',
  // utm_id has no field in the raw format; no tool modelled here keys a session on it alone.
  utm_id: undefined,
};

function campaignValues(campaign: Campaign | undefined): CampaignValues | undefined {
  if (!campaign) return undefined;
  const out: CampaignValues = {};
  for (const [key, value] of Object.entries(campaign) as [keyof Campaign, string][]) {
    const field = CAMPAIGN_FIELDS[key];
    if (field) out[field] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The site-search query of a path ("/search/?q=bounce+rate" → "bounce rate"). */
function searchOf(path: string): string | undefined {
  const query = path.includes('?') ? path.slice(path.indexOf('?') + 1).split('#')[0] : '';
  return new URLSearchParams(query).get('q') || undefined;
}

function rawOf(action: StepAction, t: number): RawActivity {
  switch (action.kind) {
    case 'page_view': {
      const campaign = campaignValues(action.campaign);
      const search = searchOf(action.path);
      return {
        t,
        kind: 'page_view',
        path: action.path.split(/[?#]/)[0]!,
        ...(action.referrer ? { referrer: new URL(action.referrer).host } : {}),
        ...(campaign ? { campaign } : {}),
        ...(search ? { search } : {}),
      };
    }
    case 'click':
      return { t, kind: 'click', target: action.target };
    case 'scroll':
      return { t, kind: 'scroll', depth: action.depth };
    default:
      return { t, kind: action.kind };
  }
}

/**
 * The raw activity log of a scenario, in time order. Repeats are spelled out. A page view opens a
 * page in the foreground, so its tab becomes visible (a `visible` entry follows unless it already
 * was); `hidden` and `visible` lines the tab is already in are left out, as the browser would not
 * fire them.
 */
export function scenarioLog(scenario: Scenario): RawActivity[] {
  const log: RawActivity[] = [];
  const visible = new Set<number>();
  for (const step of scenario.steps) {
    const count = step.repeat?.count ?? 1;
    for (let i = 0; i < count; i++) {
      const t = scenario.startMs + step.atMs + i * (step.repeat?.everyMs ?? 0);
      const { kind } = step.action;
      if (kind === 'hidden' || kind === 'visible') {
        if ((kind === 'visible') === visible.has(step.tab)) continue;
        if (kind === 'visible') visible.add(step.tab);
        else visible.delete(step.tab);
      }
      log.push(rawOf(step.action, t));
      if (kind === 'page_view' && !visible.has(step.tab)) {
        visible.add(step.tab);
        log.push({ t, kind: 'visible' });
      }
    }
  }
  return log;
}

export interface LaneReplay {
  spec: LaneSpec;
  result: ReplayResult;
}

/**
 * Every lane's replay of a scenario. `now` lies far past the last step, so every session is
 * closed with the reason it would end for (the visit has no more activity).
 */
export function replayScenario(scenario: Scenario, specs: readonly LaneSpec[] = laneSpecs()): LaneReplay[] {
  const log = scenarioLog(scenario);
  const now = scenario.startMs + scenario.durationMs + 7 * 24 * 3_600_000;
  return specs.map((spec) => ({ spec, result: replay(log, spec.tool.id, { timeZone: scenario.timeZone, toggles: spec.toggles, now }) }));
}
