/**
 * How each analytics product decides where one session ends and the next begins, as data.
 * The engine reads only these fields, so a new vendor is a new object, not new code.
 * Each preset cites its vendor's documentation in `source`. Vendors change these rules; re-check a
 * number against its source before quoting it.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export interface SessionRules {
  id: string;
  name: string;
  /** Inactivity timeout: a hit more than this long after the previous one starts a new session. */
  timeoutMs: number;
  /** New session when the local calendar day (in the property's time zone) changes between hits. */
  midnightReset: boolean;
  /** New session when a hit arrives with a campaign (UTM) value different from the last one seen. */
  campaignReset: boolean;
  /** Session cut when a hit would fall more than this long after the session's start. */
  maxDurationMs?: number;
  /** Session cut after this many hits: the next hit starts a new session. */
  maxHits?: number;
  /** Hits past this many in one session are received but not processed (dropped); no new session. */
  dropHitsAfter?: number;
  /** Why the timeout range is what it is, when it needs saying (shown beside the timeout field). */
  timeoutRangeNote?: string;
  /** The timeout range the vendor lets you configure, where documented. */
  timeoutRange?: { minMs: number; maxMs: number };
  /** The vendor document that backs the rule. */
  source: { title: string; url: string };
  /** One or two short sentences a reader sees after the timeout; they must not restate the timeout, which the reader can change. */
  note: string;
}

const GA4: SessionRules = {
  id: 'ga4',
  name: 'Google Analytics 4',
  timeoutMs: 30 * MINUTE,
  midnightReset: false,
  campaignReset: false,
  // Maximum is official (answer/12798876); the 5-minute minimum is only in third-party write-ups.
  timeoutRange: { minMs: 5 * MINUTE, maxMs: 7 * HOUR + 55 * MINUTE },
  source: {
    title: 'Google Analytics Help: [GA4] About Analytics sessions',
    url: 'https://support.google.com/analytics/answer/9191807',
  },
  note: 'Midnight and new campaigns do not split a session, and it has no length limit.',
};

const UA: SessionRules = {
  id: 'ua',
  name: 'Universal Analytics (historic)',
  timeoutMs: 30 * MINUTE,
  midnightReset: true,
  campaignReset: true,
  // "500 hits per session … hits beyond the limit are not processed": dropped, no new session.
  // https://developers.google.com/analytics/devguides/collection/analyticsjs/limits-quotas
  dropHitsAfter: 500,
  // Campaign change means any of source, medium, campaign, term, content or gclid, and a visit
  // from another referring site (a referral is a traffic source too); replay.ts builds that key.
  // https://support.google.com/analytics/answer/2731565
  // Range: https://support.google.com/analytics/answer/2795871
  timeoutRange: { minMs: 1 * MINUTE, maxMs: 4 * HOUR },
  source: {
    title: 'Google Analytics Help: [UA] How a web session is defined in Universal Analytics',
    url: 'https://support.google.com/analytics/answer/2731565',
  },
  note: 'Retired in 2023–24; a new session also began at midnight, on any change of campaign values or referring site. Hits past 500 in a session were dropped, not counted as a new session.',
};

const ADOBE: SessionRules = {
  id: 'adobe',
  name: 'Adobe Analytics',
  timeoutMs: 30 * MINUTE,
  midnightReset: false,
  campaignReset: false,
  maxDurationMs: 12 * HOUR,
  maxHits: 2500,
  // Standard report suites: Customer Care can only shorten the 30 minutes; virtual report suites
  // may set any reasonable timeout. No minimum is documented, so 1 minute is our assumption.
  // https://experienceleague.adobe.com/docs/analytics/components/metrics/visits.html
  timeoutRange: { minMs: 1 * MINUTE, maxMs: 30 * MINUTE },
  timeoutRangeNote:
    'On a standard report suite Adobe Customer Care can only shorten the visit timeout below 30 minutes; a virtual report suite may use a longer one. The 1-minute floor is our assumption.',
  // Not modelled: more than 100 hits in under 100 s ends the visit as a suspected bot.
  source: {
    title: 'Adobe Analytics: Visits',
    url: 'https://experienceleague.adobe.com/docs/analytics/components/metrics/visits.html',
  },
  note: 'A visit also ends after 12 hours of continuous activity or 2,500 hits; midnight does not split it.',
};

const MIXPANEL: SessionRules = {
  id: 'mixpanel',
  name: 'Mixpanel',
  timeoutMs: 30 * MINUTE,
  midnightReset: true,
  campaignReset: false,
  maxDurationMs: 24 * HOUR,
  timeoutRange: { minMs: 1 * MINUTE, maxMs: 24 * HOUR },
  source: { title: 'Mixpanel Docs: Sessions', url: 'https://docs.mixpanel.com/docs/features/sessions' },
  note: 'Sessions are worked out at query time and reset at midnight in the project time zone.',
};

const MATOMO: SessionRules = {
  id: 'matomo',
  name: 'Matomo',
  timeoutMs: 30 * MINUTE,
  midnightReset: true,
  // Default on; create_new_visit_when_campaign_changes=0 turns it off (matomo.org/faq/how-to/faq_19616/).
  campaignReset: true,
  // No timeoutRange: visit_standard_length is free-form on-premise and set by support on Cloud.
  source: { title: "Matomo FAQ: How is a 'Visit' defined in Matomo?", url: 'https://matomo.org/faq/general/faq_36/' },
  note: 'A new visit also starts at midnight in the website’s time zone and when a new campaign arrives.',
};

const POSTHOG: SessionRules = {
  id: 'posthog',
  name: 'PostHog',
  timeoutMs: 30 * MINUTE,
  midnightReset: false,
  campaignReset: false,
  maxDurationMs: 24 * HOUR,
  // The range is enforced in posthog-js (sessionid.ts), not stated in the docs.
  timeoutRange: { minMs: 1 * MINUTE, maxMs: 10 * HOUR },
  source: { title: 'PostHog Docs: Sessions', url: 'https://posthog.com/docs/data/sessions' },
  note: 'A session also ends at 24 hours; with session replay on, mouse, scroll and key activity count as activity too.',
};

const DEMO: SessionRules = {
  id: 'demo',
  name: 'Demo speed',
  timeoutMs: 30 * SECOND,
  midnightReset: false,
  campaignReset: false,
  // The nearest real rule: GA4's, with 30 minutes shrunk to 30 seconds.
  source: GA4.source,
  note: 'Not a vendor rule: a 30-second timeout so you can watch a session expire without waiting half an hour.',
};

/** Shown in this order; the ids are referenced by the page and its tests. */
export const PRESETS: readonly SessionRules[] = Object.freeze([GA4, UA, ADOBE, MIXPANEL, MATOMO, POSTHOG, DEMO]);

export function presetById(id: string): SessionRules | undefined {
  return PRESETS.find((rules) => rules.id === id);
}

/**
 * The same rules with another inactivity timeout, clamped to what the vendor allows, so the
 * demo can never show a setting the real product would refuse. Non-finite or non-positive
 * input leaves the timeout unchanged because it has no meaningful reading.
 */
export function withTimeout(rules: SessionRules, timeoutMs: number): SessionRules {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return rules;
  const range = rules.timeoutRange;
  const clamped = range ? Math.min(range.maxMs, Math.max(range.minMs, timeoutMs)) : timeoutMs;
  return { ...rules, timeoutMs: Math.round(clamped) };
}
