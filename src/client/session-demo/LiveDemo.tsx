/**
 * The live view of the session demo, loaded once tracking is on: the reader's own raw activity on
 * this site, replayed as each analytics tool would hear it, cut into that tool's sessions, ticking
 * down to expiry, and compared.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { replayCore, type ReplayCore } from '../../session/replay-core';
import { limitsById } from '../../session/session-limits';
import { TOOL_HITS, toolHitsById, type ToolHits } from '../../session/tool-hits';
import { formatClock, formatDuration } from '../session/format';
import { record, startRecording, stopAndForget } from '../session/recorder';
import { writeCompareValues } from './compare-values';
import Countdown from './Countdown';
import HeardLog from './HeardLog';
import PastSessions from './PastSessions';
import Timeline from './Timeline';
import TimeoutField from './TimeoutField';
import type { LiveText } from './demo-words';
import Passage from './Passage';
import type { DemoStore } from './useDemoStore';
import { useNow } from './useNow';

function readerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** "Demo speed": GA4's hits under a 30-second timeout, to watch a session expire without waiting. */
const DEMO_SPEED = 'demo';

export default function LiveDemo({ store, words, passages }: LiveText & { store: DemoStore }) {
  const { data, persistent, notice } = store;
  const now = useNow(true);
  // This page records too while tracking is on (and shows the recording indicator).
  useEffect(() => startRecording(), []);
  const [timeZone, setTimeZone] = useState('UTC');
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setTimeZone(readerTimeZone()), []);

  const demoSpeed = data.rules === DEMO_SPEED;
  const tool: ToolHits = toolHitsById(demoSpeed ? 'ga4' : data.rules) ?? TOOL_HITS[0]!;
  const speedRules = demoSpeed ? limitsById(DEMO_SPEED) : undefined;
  const timeoutMs = data.timeoutMin ? data.timeoutMin * 60_000 : undefined;

  const results = useMemo(
    () =>
      TOOL_HITS.map((t) => ({
        tool: t,
        result: replayCore(data.activities, t.id, {
          timeZone,
          toggles: data.toggles,
          now,
          ...(t.id === tool.id && speedRules ? { rules: speedRules } : {}),
          ...(t.id === tool.id && timeoutMs !== undefined ? { timeoutMs } : {}),
        }),
      })),
    [data.activities, data.toggles, timeZone, now, tool.id, speedRules, timeoutMs],
  );
  // The compare table is the page's markup; after every render its numbers are brought up to date.
  const root = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (root.current) writeCompareValues(root.current, results);
  });
  const chosen: ReplayCore = results.find((r) => r.tool.id === tool.id)!.result;
  const rules = chosen.rules;
  const said = words.rules[rules.id];
  const live = chosen.live;
  const open = live && !live.expired ? chosen.sessions.at(-1) : undefined;
  const current = live ? chosen.sessions.at(-1) : undefined;
  const past = chosen.sessions.filter((s) => s !== current || live?.expired);
  const word = tool.sessionWord;

  // Announce expiry and a new session once each, never the ticking.
  const announced = useRef({ expired: false, number: 0 });
  useEffect(() => {
    if (!current || !live) return;
    if (live.expired && !announced.current.expired) {
      setAnnouncement(`${tool.name} ${word} ${current.number} expired: ${words.endReasons[live.reason]}. The next hit it hears starts ${word} ${current.number + 1}.`);
    } else if (!live.expired && announced.current.number && current.number > announced.current.number) {
      setAnnouncement(`${tool.name} ${word} ${current.number} started.`);
    }
    announced.current = { expired: live.expired, number: current.number };
  }, [live, current, tool.name, word]);

  const act = (activity: Parameters<typeof record>[0]) => record(activity);
  const toggle = (id: 'replay' | 'heartbeat', on: boolean) => store.update((d) => ({ ...d, toggles: { ...d.toggles, [id]: on } }));
  const minutes = rules.timeoutMs / 60_000;
  const ga4 = tool.id === 'ga4';
  const Word = word === 'visit' ? 'Visit' : 'Session';
  // The chosen tool's view of the current session: [label, value, test id].
  const stats: [string, ReactNode, string?][] = current
    ? [
        [Word, `#${current.number}`],
        ['Started', formatClock(current.start)],
        ['Duration', formatDuration((live?.expired ? current.lastHit : open ? now : current.lastHit) - current.start)],
        ['Last hit', formatClock(current.lastHit)],
        ['Page views', current.pageviews, 'pageviews'],
        ['Hits heard', current.hits.length, 'hits'],
        ...(ga4
          ? ([
              ['Engaged (GA4)', current.engaged ? 'Yes' : 'Not yet'],
              ['Engagement time', formatDuration(current.engagementMs)],
            ] as [string, ReactNode][])
          : []),
      ]
    : [[Word, `Waiting for the first hit ${tool.name} hears`]];
  const isDefault = data.timeoutMin === null;

  return (
    <section className="sd" aria-labelledby="sd-title" ref={root}>
      <div className="sd-head">
        <h2 id="sd-title" className="sd-title">Your session, live</h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            // Stops this page's recorder and tells every other tab, whose recorders stop too.
            stopAndForget();
            store.forget();
            setAnnouncement(words.ui.forgotten);
          }}
        >
          Stop and forget
        </button>
      </div>
      <p className="sd-privacy">
        {persistent ? words.ui.recordingBrowser : words.ui.recordingTab}
      </p>
      {notice && <p className="sd-notice" role="note">{notice}</p>}
      {data.compacted > 0 && <p className="sd-notice">Older activity was compacted: {data.compacted} bursts of clicks or key presses were merged.</p>}

      <div className="sd-layout">
        <div className="sd-main">
          <div className="sd-controls">
            <div className="sd-field">
              <label htmlFor="sd-tool">Tool</label>
              <select
                id="sd-tool"
                className="field"
                value={demoSpeed ? DEMO_SPEED : tool.id}
                onChange={(e) => store.update((d) => ({ ...d, rules: e.target.value, timeoutMin: null }))}
              >
                {TOOL_HITS.map((t) => (
                  <option key={t.id} value={t.id}>{t.name}</option>
                ))}
                <option value={DEMO_SPEED}>{words.ui.demoSpeedOption}</option>
              </select>
            </div>
            <TimeoutField invalid={words.ui.timeoutInvalid} rules={rules} minutes={minutes} onChange={(m) => store.update((d) => ({ ...d, timeoutMin: m }))} />
            <div className="sd-field">
              <label htmlFor="sd-zone">{words.ui.zoneLabel}</label>
              <select id="sd-zone" className="field" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
                {[...new Set([readerTimeZone(), ...words.zones])].map((z) => (
                  <option key={z} value={z}>{z}</option>
                ))}
              </select>
            </div>
          </div>
          <p className="sd-rule-note" data-testid="rule-note">
            {tool.name}
            {demoSpeed ? ' at demo speed' : ''}: a {word} ends after {formatDuration(rules.timeoutMs)} without a hit
            {isDefault ? ' (the default)' : ' (your setting)'}. {said?.note}{' '}
            {said?.timeoutRangeNote && <>{said.timeoutRangeNote} </>}
            {said && <a href={said.source.url}>{said.source.title}</a>}
          </p>
          <fieldset className="sd-toggles">
            <legend>Tool settings</legend>
            <label>
              <input type="checkbox" checked={data.toggles.replay ?? false} onChange={(e) => toggle('replay', e.target.checked)} /> {words.ui.replayToggle}
            </label>
            <label>
              <input type="checkbox" checked={data.toggles.heartbeat ?? false} onChange={(e) => toggle('heartbeat', e.target.checked)} /> {words.ui.heartbeatToggle}
            </label>
          </fieldset>
        </div>
        <Passage html={passages.tryFirst} />
      </div>

      <div className="sd-now">
        <Countdown live={live} timeoutMs={rules.timeoutMs} now={now} endReasons={words.endReasons} />
        <dl className="sd-stats">
          {stats.map(([term, value, testId]) => (
            <div key={term}><dt>{term}</dt><dd data-testid={testId}>{value}</dd></div>
          ))}
        </dl>
      </div>
      {current && ga4 && <Passage html={passages.durationNote} />}

      <div className="sd-actions">
        <button type="button" className="button" onClick={() => act({ kind: 'custom_event', name: 'demo_key_event', key: true })}>
          {words.ui.markKeyEvent}
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            act({ kind: 'page_view', path: location.pathname, campaign: { source: 'newsletter', medium: 'email', campaign: `demo-${data.activities.length}` } })
          }
        >
          {words.ui.newCampaign}
        </button>
        <button type="button" className="button" onClick={() => act({ kind: 'stop' })}>
          End this {word} now
        </button>
      </div>

      <Timeline sessions={chosen.sessions} heard={chosen.heard} now={now} toolName={tool.name} keyText={<Passage html={passages.timelineKey} />} />
      <PastSessions sessions={past} word={word} endReasons={words.endReasons} />
      <HeardLog results={results} selected={tool.id} note={<Passage html={passages.heardNote} />} nouns={words.nouns} heardAll={words.ui.heardAll} />
      <Passage html={passages.compareTable} />

      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </section>
  );
}
