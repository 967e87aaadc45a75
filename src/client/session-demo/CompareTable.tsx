import type { Summary } from '../../session/engine';
import type { SessionRules } from '../../session/rules';

interface Props {
  rows: readonly Summary[];
  presets: readonly SessionRules[];
}

/** The same recorded activity, counted by every tool's rules. */
export default function CompareTable({ rows, presets }: Props) {
  const name = (id: string) => presets.find((p) => p.id === id)?.name ?? id;
  return (
    <section className="sd-compare" aria-labelledby="sd-compare-title">
      <h3 id="sd-compare-title">What each tool would report for you</h3>
      <div className="sd-table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Rules</th>
              <th scope="col">Sessions</th>
              <th scope="col">Engaged sessions</th>
              <th scope="col">Page views per session</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.rulesId} data-rules={row.rulesId}>
                <th scope="row">{name(row.rulesId)}</th>
                <td>{row.sessions}</td>
                <td>{row.engagedSessions}</td>
                <td>{row.pageviewsPerSession.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
