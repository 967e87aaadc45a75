import type { LiveView } from '../../session/engine';
import { END_REASON_TEXT, formatCountdown } from '../session/format';
import type { SessionRules } from '../../session/rules';

interface Props {
  view: LiveView;
  rules: SessionRules;
  now: number;
}

const R = 52;
const CIRCUMFERENCE = 2 * Math.PI * R;

/** A ring that empties towards expiry and refills on every interaction. */
export default function Countdown({ view, rules, now }: Props) {
  const remaining = view.remainingMs ?? 0;
  const fraction = view.current && !view.expired ? Math.min(1, remaining / rules.timeoutMs) : 0;
  const label = !view.current
    ? 'No session yet'
    : view.expired
      ? `Expired (${END_REASON_TEXT[view.expiryReason ?? 'inactivity']})`
      : `${formatCountdown(remaining)} left`;
  return (
    <div className={`sd-ring${view.expired ? ' is-expired' : ''}`} data-state={view.expired ? 'expired' : view.current ? 'live' : 'idle'}>
      <svg viewBox="0 0 120 120" width="140" height="140" aria-hidden="true">
        <circle cx="60" cy="60" r={R} className="sd-ring-track" />
        <circle
          cx="60"
          cy="60"
          r={R}
          className="sd-ring-fill"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <p className="sd-ring-label" data-testid="countdown">
        {view.expired ? 'Expired' : view.current ? formatCountdown(remaining) : '—'}
        <span className="visually-hidden">: {label}</span>
      </p>
      {view.expired && view.expiresAt && (
        <p className="sd-ring-note">at {new Date(view.expiresAt).toLocaleTimeString('en-GB')} · {Math.round((now - view.expiresAt) / 1000)} s ago</p>
      )}
    </div>
  );
}
