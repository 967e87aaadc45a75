import type { Activity, Session } from '../../lib/session/engine';
import { formatClock } from '../../lib/session/format';

interface Props {
  sessions: readonly Session[];
  activities: readonly Activity[];
  now: number;
}

const W = 1000;
const H = 90;

/** Activity as marks on a time axis, with the session boundaries the selected rules drew. */
export default function Timeline({ sessions, activities, now }: Props) {
  const hits = activities.filter((a) => a.kind === 'pageview' || a.kind === 'interaction' || a.kind === 'key-event');
  if (!hits.length) return null;
  const from = hits[0]!.t;
  const to = Math.max(now, hits.at(-1)!.t, from + 60_000);
  const x = (t: number) => 10 + ((t - from) / (to - from)) * (W - 20);
  return (
    <figure className="sd-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Timeline: ${hits.length} activities in ${sessions.length} session${sessions.length === 1 ? '' : 's'}`} preserveAspectRatio="none">
        {sessions.map((s, i) => (
          <g key={s.id}>
            <rect x={x(s.start)} y={8} width={Math.max(2, x(s.endedAt ?? now) - x(s.start))} height={44} className={`sd-band sd-band-${i % 2}`} rx={4} />
            <text x={x(s.start) + 4} y={22} className="sd-band-label">#{s.number}</text>
          </g>
        ))}
        <line x1={10} x2={W - 10} y1={60} y2={60} className="sd-axis" />
        {hits.map((a, i) =>
          a.kind === 'pageview' ? (
            <circle key={i} cx={x(a.t)} cy={40} r={5} className="sd-mark-pageview" />
          ) : a.kind === 'key-event' ? (
            <rect key={i} x={x(a.t) - 5} y={35} width={10} height={10} transform={`rotate(45 ${x(a.t)} 40)`} className="sd-mark-key" />
          ) : (
            <line key={i} x1={x(a.t)} x2={x(a.t)} y1={32} y2={48} className="sd-mark-interaction" />
          ),
        )}
        <text x={10} y={80} className="sd-axis-label">{formatClock(from)}</text>
        <text x={W - 10} y={80} textAnchor="end" className="sd-axis-label">{formatClock(to)}</text>
      </svg>
      <figcaption>
        <span className="sd-key sd-key-pageview" /> page view <span className="sd-key sd-key-interaction" /> interaction{' '}
        <span className="sd-key sd-key-key" /> key event · shaded bands are sessions under the selected rules
      </figcaption>
    </figure>
  );
}
