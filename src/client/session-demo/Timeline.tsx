import type { Activity, Session } from '../../session/engine';
import { formatClock } from '../session/format';

interface Props {
  sessions: readonly Session[];
  activities: readonly Activity[];
  now: number;
}

const W = 1000;
const H = 66;

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
          <rect key={s.id} x={x(s.start)} y={8} width={Math.max(2, x(s.endedAt ?? now) - x(s.start))} height={44} className={`sd-band sd-band-${i % 2}`} />
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
      </svg>
      {/* Text lives outside the stretched SVG so it is never distorted. */}
      <div className="sd-labels" aria-hidden="true">
        {sessions.map((s) => (
          <span key={s.id} className="sd-band-label" style={{ left: `${(x(s.start) / W) * 100}%` }}>#{s.number}</span>
        ))}
      </div>
      <div className="sd-axis-labels" aria-hidden="true">
        <span>{formatClock(from)}</span>
        <span>{formatClock(to)}</span>
      </div>
      <figcaption>
        <span className="sd-key sd-key-pageview" /> page view <span className="sd-key sd-key-interaction" /> interaction{' '}
        <span className="sd-key sd-key-key" /> key event · shaded bands are sessions under the selected rules
      </figcaption>
    </figure>
  );
}
