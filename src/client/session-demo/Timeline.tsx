import type { ReactNode } from 'react';
import type { Hit, ToolSession } from '../../session/replay-core';
import { formatClock } from '../session/format';
import { fill } from './demo-words';
import { timeAxis } from './time-axis';

interface Props {
  sessions: readonly ToolSession[];
  heard: readonly Hit[];
  now: number;
  toolName: string;
  /** Its accessible name, with {hits}, {tool} and {sessions} to fill in. */
  label: string;
  /** The key to the marks and breaks, from the page. */
  keyText: ReactNode;
}

const W = 1000;
const H = 66;
const PAD = 10;
/** Quiet stretches longer than this are drawn as a break, not to scale. */
const MAX_GAP_MS = 5 * 60_000;

/** Each tool's name for a page view hit: page_view, pageview, page view, $pageview, $mp_web_page_view. */
const PAGE_VIEW_HIT = /^\$?page[_ ]?view$|^\$mp_web_page_view$/;

/** "32 min", "3 h 05 min": a break's length, short enough to sit under it. */
function shortGap(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** The chosen tool's hits on a time axis, with the sessions its rules drew. */
export default function Timeline({ sessions, heard, now, toolName, label, keyText }: Props) {
  if (!heard.length) return null;
  const first = heard[0]!.t;
  const last = Math.max(now, heard.at(-1)!.t, first + 60_000);
  const marks = [...heard.map((h) => h.t), ...sessions.flatMap((s) => [s.start, s.end ?? last]), last];
  const axis = timeAxis(marks, MAX_GAP_MS);
  const x = (t: number) => PAD + axis.x(t) * (W - 2 * PAD);
  return (
    <figure className="sd-timeline">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={fill(label, { hits: heard.length, tool: toolName, sessions: `${sessions.length} session${sessions.length === 1 ? '' : 's'}` })}
        preserveAspectRatio="none"
      >
        {sessions.map((s, i) => (
          <rect key={s.number} x={x(s.start)} y={8} width={Math.max(2, x(s.end ?? last) - x(s.start))} height={44} className={`sd-band sd-band-${i % 2}`} />
        ))}
        <line x1={PAD} x2={W - PAD} y1={60} y2={60} className="sd-axis" />
        {axis.breaks.map((b) => (
          <line key={b.from} x1={PAD + b.at * (W - 2 * PAD)} x2={PAD + b.at * (W - 2 * PAD)} y1={4} y2={64} className="sd-break" />
        ))}
        {heard.map((h, i) =>
          PAGE_VIEW_HIT.test(h.name) ? (
            <circle key={i} cx={x(h.t)} cy={40} r={5} className="sd-mark-pageview" />
          ) : h.params['key_event'] ? (
            <rect key={i} x={x(h.t) - 5} y={35} width={10} height={10} transform={`rotate(45 ${x(h.t)} 40)`} className="sd-mark-key" />
          ) : (
            <line key={i} x1={x(h.t)} x2={x(h.t)} y1={32} y2={48} className="sd-mark-interaction" />
          ),
        )}
      </svg>
      {/* Text lives outside the stretched SVG so it is never distorted. */}
      <div className="sd-labels" aria-hidden="true">
        {sessions.map((s) => (
          <span key={s.number} className="sd-band-label" style={{ left: `${(x(s.start) / W) * 100}%` }}>#{s.number}</span>
        ))}
        {axis.breaks
          // Breaks closer than this share of the width would print over each other; the first one speaks for them.
          .filter((b, i, all) => i === 0 || b.at - all[i - 1]!.at > 0.08)
          .map((b) => (
            <span key={b.from} className="sd-break-label" style={{ left: `${((PAD + b.at * (W - 2 * PAD)) / W) * 100}%` }}>
              {shortGap(b.to - b.from)}
            </span>
          ))}
      </div>
      <div className="sd-axis-labels" aria-hidden="true">
        <span>{formatClock(first)}</span>
        <span>{formatClock(last)}</span>
      </div>
      <figcaption>
        {keyText} · shaded bands are {toolName} sessions
      </figcaption>
    </figure>
  );
}
