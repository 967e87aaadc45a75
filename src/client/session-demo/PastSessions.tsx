import type { Session } from '../../session/engine';
import { END_REASON_TEXT, formatClock, formatDuration } from '../session/format';

/** Sessions that have ended, newest first, with why each ended. */
export default function PastSessions({ sessions }: { sessions: readonly Session[] }) {
  if (!sessions.length) return null;
  return (
    <section className="sd-past" aria-labelledby="sd-past-title">
      <h3 id="sd-past-title">Past sessions</h3>
      <ol reversed>
        {[...sessions].reverse().map((s) => (
          <li key={s.id} data-testid="past-session">
            <strong>Session #{s.number}</strong> {formatClock(s.start)}–{formatClock(s.lastActivity)} ({formatDuration(s.lastActivity - s.start)}),{' '}
            {s.pageviews} page view{s.pageviews === 1 ? '' : 's'}, {s.interactions} interaction{s.interactions === 1 ? '' : 's'}
            {s.engagedBy ? ', engaged' : ''} — ended by <span className="sd-reason">{END_REASON_TEXT[s.endReason ?? 'inactivity']}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
