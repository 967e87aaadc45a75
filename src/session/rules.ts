/**
 * Each analytics product's session rules (session-limits.ts) with what the reader is told about
 * them: the vendor document that backs the rule and the notes the page shows. Vendors change these
 * rules; re-check a number against its source before quoting it.
 */
import { LIMITS, type SessionLimits } from './session-limits';

export { withTimeout } from './session-limits';

/** What the reader sees about a preset, beside the numbers. */
export interface RuleWords {
  /** Why the timeout range is what it is, when it needs saying (shown beside the timeout field). */
  timeoutRangeNote?: string;
  /** The vendor document that backs the rule. */
  source: { title: string; url: string };
  /** One or two short sentences a reader sees after the timeout; they must not restate the timeout, which the reader can change. */
  note: string;
}

export interface SessionRules extends SessionLimits, RuleWords {}

const GA4_SESSIONS = { title: 'Google Analytics Help: [GA4] About Analytics sessions', url: 'https://support.google.com/analytics/answer/9191807' };

/** By preset id. */
export const RULE_WORDS: Readonly<Record<string, RuleWords>> = {
  ga4: {
    source: GA4_SESSIONS,
    note: 'Midnight and new campaigns do not split a session, and it has no length limit.',
  },
  ua: {
    source: {
      title: 'Google Analytics Help: [UA] How a web session is defined in Universal Analytics',
      url: 'https://support.google.com/analytics/answer/2731565',
    },
    note: 'Retired in 2023–24; a new session also began at midnight, on any change of campaign values or referring site. Hits past 500 in a session were dropped, not counted as a new session.',
  },
  adobe: {
    timeoutRangeNote:
      'On a standard report suite Adobe Customer Care can only shorten the visit timeout below 30 minutes; a virtual report suite may use a longer one. The 1-minute floor is our assumption.',
    source: { title: 'Adobe Analytics: Visits', url: 'https://experienceleague.adobe.com/docs/analytics/components/metrics/visits.html' },
    note: 'A visit also ends after 12 hours of continuous activity or 2,500 hits; midnight does not split it.',
  },
  mixpanel: {
    source: { title: 'Mixpanel Docs: Sessions', url: 'https://docs.mixpanel.com/docs/features/sessions' },
    note: 'Sessions are worked out at query time and reset at midnight in the project time zone.',
  },
  matomo: {
    source: { title: "Matomo FAQ: How is a 'Visit' defined in Matomo?", url: 'https://matomo.org/faq/general/faq_36/' },
    note: 'A new visit also starts at midnight in the website’s time zone and when a new campaign arrives.',
  },
  posthog: {
    source: { title: 'PostHog Docs: Sessions', url: 'https://posthog.com/docs/data/sessions' },
    note: 'A session also ends at 24 hours; with session replay on, mouse, scroll and key activity count as activity too.',
  },
  demo: {
    // The nearest real rule: GA4's, with 30 minutes shrunk to 30 seconds.
    source: GA4_SESSIONS,
    note: 'Not a vendor rule: a 30-second timeout so you can watch a session expire without waiting half an hour.',
  },
};

/** The rules with their words; rules that already carry words keep them. */
export function withRuleWords(rules: SessionLimits | SessionRules): SessionRules {
  const words = RULE_WORDS[rules.id];
  if (!words) throw new Error(`No words for the session rules ${rules.id}`);
  return { ...words, ...rules };
}

/** Shown in this order; the ids are referenced by the page and its tests. */
export const PRESETS: readonly SessionRules[] = Object.freeze(LIMITS.map(withRuleWords));

export function presetById(id: string): SessionRules | undefined {
  return PRESETS.find((rules) => rules.id === id);
}
