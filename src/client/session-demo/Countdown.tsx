import type { LiveStatus } from '../../session/replay-core';
import { formatClock, formatCountdown } from '../session/format';
import type { DemoWords } from './demo-words';

interface Props {
  live: LiveStatus | null;
  timeoutMs: number;
  now: number;
  endReasons: DemoWords['endReasons'];
}

const R = 52;
const CIRCUMFERENCE = 2 * Math.PI * R;

/** A ring that empties towards expiry and refills on every hit the chosen tool hears. */
export default function Countdown({ live, timeoutMs, now, endReasons }: Props) {
  const remaining = live?.remainingMs ?? 0;
  const fraction = live && !live.expired ? Math.min(1, remaining / timeoutMs) : 0;
  const label = !live ? 'No session yet' : live.expired ? `Expired (${endReasons[live.reason]})` : `${formatCountdown(remaining)} left`;
  return (
    <div className={`sd-ring${live?.expired ? ' is-expired' : ''}`} data-state={live?.expired ? 'expired' : live ? 'live' : 'idle'}>
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
        {live?.expired ? 'Expired' : live ? formatCountdown(remaining) : '—'}
        <span className="visually-hidden">: {label}</span>
      </p>
      {live?.expired && (
        <p className="sd-ring-note">
          at {formatClock(live.expiresAt)} · {Math.round((now - live.expiresAt) / 1000)} s ago
        </p>
      )}
    </div>
  );
}
