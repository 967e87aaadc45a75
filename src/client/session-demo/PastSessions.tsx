import type { ToolSession } from '../../session/replay-core';
import { formatClock, formatDuration } from '../session/format';
import type { DemoWords } from './demo-words';

/** Sessions that have ended under the chosen tool, newest first, with why each ended. */
export default function PastSessions({ sessions, word, Word, endReasons }: { sessions: readonly ToolSession[]; word: string; Word: string; endReasons: DemoWords['endReasons'] }) {
  if (!sessions.length) return null;
  return (
    <section className="sd-past" aria-labelledby="sd-past-title">
      <h3 id="sd-past-title">Past {word}s</h3>
      <ol reversed>
        {[...sessions].reverse().map((s) => (
          <li key={s.number} data-testid="past-session">
            <strong>
              {Word} #{s.number}
            </strong>{' '}
            {formatClock(s.start)}–{formatClock(s.lastHit)} ({formatDuration(s.lastHit - s.start)}), {s.hits.length} hit
            {s.hits.length === 1 ? '' : 's'}, {s.pageviews} page view{s.pageviews === 1 ? '' : 's'}
            {s.engaged ? ', engaged' : ''} — ended: <span className="sd-reason">{endReasons[s.endReason ?? 'inactivity']}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
