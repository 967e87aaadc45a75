import type { ReactNode } from 'react';
import type { ReplayCore } from '../../session/replay-core';
import type { ToolHits } from '../../session/tool-hits';
import { formatClock } from '../session/format';
import { fill, type DemoWords } from './demo-words';
import { describeIgnored, describeParams } from './describe';

interface Props {
  results: readonly { tool: ToolHits; result: ReplayCore }[];
  selected: string;
  /** The heading and what the lists are, from the page. */
  note: ReactNode;
  nouns: DemoWords['nouns'];
  /** Its sentences: heardAll (said of a tool that heard every action) and showing. */
  ui: DemoWords['ui'];
}

/** Newest hits shown per tool; replay can produce hundreds. */
const SHOWN = 40;

/** Per tool: the hits it would have received from this visit, and what it never heard. */
export default function HeardLog({ results, selected, note, nouns, ui }: Props) {
  return (
    <section className="sd-heard" aria-labelledby="sd-heard-title">
      {note}
      {results.map(({ tool, result }) => {
        const ignored = describeIgnored(result.ignored, nouns);
        const hits = result.heard.slice(-SHOWN);
        const word = `${tool.sessionWord}${result.sessions.length === 1 ? '' : 's'}`;
        return (
          <details key={tool.id} className="sd-heard-tool" data-tool={tool.id} open={tool.id === selected}>
            <summary>
              <strong>{tool.name}</strong>: {result.heard.length} hit{result.heard.length === 1 ? '' : 's'}, {result.sessions.length} {word}
              <span className="sd-ignored" data-testid="ignored">{ignored ? ` · not sent: ${ignored}` : ` · ${ui.heardAll}`}</span>
            </summary>
            {result.heard.length > hits.length && <p className="sd-rule-note">{fill(ui.showing, { shown: SHOWN, all: result.heard.length })}</p>}
            {hits.length > 0 ? (
              <ol className="sd-hits">
                {hits.map((hit, i) => {
                  const previous = i > 0 ? hits[i - 1] : result.heard[result.heard.length - hits.length - 1];
                  const starts = !previous || previous.session !== hit.session;
                  const params = describeParams(hit);
                  return (
                    <li key={`${hit.t}-${i}`} className={starts ? 'sd-hit sd-hit-starts' : 'sd-hit'} data-hit={hit.name}>
                      <time dateTime={new Date(hit.t).toISOString()}>{formatClock(hit.t)}</time> <code>{hit.name}</code>
                      {params && <span className="sd-hit-params"> {params}</span>}
                      <span className="sd-hit-session">
                        {starts ? ` starts ${tool.sessionWord} ${hit.session}` : ` ${tool.sessionWord} ${hit.session}`}
                        {hit.dropped ? ' · dropped (over 500 hits)' : ''}
                      </span>
                    </li>
                  );
                })}
              </ol>
            ) : (
              <p>Nothing yet.</p>
            )}
          </details>
        );
      })}
    </section>
  );
}
