/**
 * How each analytics product decides where one session ends and the next begins, as data.
 * The engine reads only these fields, so a new vendor is a new object, not new code.
 * Each preset cites its vendor's documentation in a comment here and, for the reader, in rules.ts
 * (with the notes the page shows), which the live demo's browser bundle does without.
 * Vendors change these rules; re-check a number against its source before quoting it.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export interface SessionLimits {
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
  /** The timeout range the vendor lets you configure, where documented. */
  timeoutRange?: { minMs: number; maxMs: number };
}

const GA4: SessionLimits = {
  id: 'ga4',
  name: 'Google Analytics 4',
  timeoutMs: 30 * MINUTE,
  midnightReset: false,
  campaignReset: false,
  // Maximum is official (answer/12798876); the 5-minute minimum is only in third-party write-ups.
  timeoutRange: { minMs: 5 * MINUTE, maxMs: 7 * HOUR + 55 * MINUTE },
  // Source: https://support.google.com/analytics/answer/9191807
};

const UA: SessionLimits = {
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
};

const ADOBE: SessionLimits = {
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
  // Not modelled: more than 100 hits in under 100 s ends the visit as a suspected bot.
  // Source: https://experienceleague.adobe.com/docs/analytics/components/metrics/visits.html
};

const MIXPANEL: SessionLimits = {
  id: 'mixpanel',
  name: 'Mixpanel',
  timeoutMs: 30 * MINUTE,
  midnightReset: true,
  campaignReset: false,
  maxDurationMs: 24 * HOUR,
  timeoutRange: { minMs: 1 * MINUTE, maxMs: 24 * HOUR },
  // Source: https://docs.mixpanel.com/docs/features/sessions
};

const MATOMO: SessionLimits = {
  id: 'matomo',
  name: 'Matomo',
  timeoutMs: 30 * MINUTE,
  midnightReset: true,
  // Default on; create_new_visit_when_campaign_changes=0 turns it off (matomo.org/faq/how-to/faq_19616/).
  campaignReset: true,
  // No timeoutRange: visit_standard_length is free-form on-premise and set by support on Cloud.
  // Source: https://matomo.org/faq/general/faq_36/
};

const POSTHOG: SessionLimits = {
  id: 'posthog',
  name: 'PostHog',
  timeoutMs: 30 * MINUTE,
  midnightReset: false,
  campaignReset: false,
  maxDurationMs: 24 * HOUR,
  // The range is enforced in posthog-js (sessionid.ts), not stated in the docs.
  timeoutRange: { minMs: 1 * MINUTE, maxMs: 10 * HOUR },
  // Source: https://posthog.com/docs/data/sessions
};

const DEMO: SessionLimits = {
  id: 'demo',
  name: 'Demo speed',
  timeoutMs: 30 * SECOND,
  midnightReset: false,
  campaignReset: false,
  // The nearest real rule: GA4's, with 30 minutes shrunk to 30 seconds.
};

/** Shown in this order; the ids are referenced by the page and its tests. */
export const LIMITS: readonly SessionLimits[] = Object.freeze([GA4, UA, ADOBE, MIXPANEL, MATOMO, POSTHOG, DEMO]);

export function limitsById(id: string): SessionLimits | undefined {
  return LIMITS.find((rules) => rules.id === id);
}

/**
 * The same rules with another inactivity timeout, clamped to what the vendor allows, so the
 * demo can never show a setting the real product would refuse. Non-finite or non-positive
 * input leaves the timeout unchanged because it has no meaningful reading.
 */
export function withTimeout<R extends SessionLimits>(rules: R, timeoutMs: number): R {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return rules;
  const range = rules.timeoutRange;
  const clamped = range ? Math.min(range.maxMs, Math.max(range.minMs, timeoutMs)) : timeoutMs;
  return { ...rules, timeoutMs: Math.round(clamped) };
}
