/**
 * The live view of the session demo, loaded once tracking is on: the reader's own raw activity on
 * this site, replayed as each analytics tool would hear it, cut into that tool's sessions, ticking
 * down to expiry, and compared.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { replayCore, type ReplayCore } from '../../session/replay-core';
import { limitsById } from '../../session/session-limits';
import { TOOL_HITS, toolHitsById, type ToggleId, type ToolHits } from '../../session/tool-hits';
import { formatClock, formatDuration } from '../session/format';
import { record, startRecording, stopAndForget } from '../session/recorder';
import { writeCompareValues } from './compare-values';
import Countdown from './Countdown';
import HeardLog from './HeardLog';
import PastSessions from './PastSessions';
import Timeline from './Timeline';
import TimeoutField from './TimeoutField';
import { fill, type LiveText } from './demo-words';
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
      setAnnouncement(fill(words.ui.expired, { tool: tool.name, word, n: current.number, reason: words.endReasons[live.reason], next: current.number + 1 }));
    } else if (!live.expired && announced.current.number && current.number > announced.current.number) {
      setAnnouncement(fill(words.ui.started, { tool: tool.name, word, n: current.number }));
    }
    announced.current = { expired: live.expired, number: current.number };
  }, [live, current, tool.name, word]);

  // The compare table and the fixed controls are the page's markup: after every render the table's
  // numbers and the controls' state are brought up to date, and the controls' events reach `handle`.
  const root = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = root.current!;
    writeCompareValues(el, results);
    el.querySelector<HTMLSelectElement>('#sd-tool')!.value = demoSpeed ? DEMO_SPEED : tool.id;
    for (const box of el.querySelectorAll<HTMLInputElement>('[data-toggle]')) box.checked = data.toggles[box.dataset['toggle'] as ToggleId] ?? false;
    el.querySelector('[data-word]')!.textContent = word;
  });
  const handle = useRef<(e: Event) => void>(null);
  handle.current = (e) => {
    const el = e.target as HTMLInputElement;
    const toggle = el.dataset['toggle'];
    if (e.type === 'change') {
      if (el.id === 'sd-tool') store.update((d) => ({ ...d, rules: el.value, timeoutMin: null }));
      else if (toggle) store.update((d) => ({ ...d, toggles: { ...d.toggles, [toggle]: el.checked } }));
      return;
    }
    const act = el.closest('[data-act]')?.getAttribute('data-act');
    if (act === 'forget') {
      // Stops this page's recorder and tells every other tab, whose recorders stop too.
      stopAndForget();
      store.forget();
      setAnnouncement(words.ui.forgotten);
    } else if (act === 'key') record({ kind: 'custom_event', name: 'demo_key_event', key: true });
    else if (act === 'campaign') record({ kind: 'page_view', path: location.pathname, campaign: { source: 'newsletter', medium: 'email', campaign: `demo-${data.activities.length}` } });
    else if (act === 'stop') record({ kind: 'stop' });
  };
  useEffect(() => {
    // An AbortController serves as the listener options: addEventListener reads its signal.
    const listening = new AbortController();
    const on = (e: Event) => handle.current!(e);
    root.current!.addEventListener('click', on, listening);
    root.current!.addEventListener('change', on, listening);
    return () => listening.abort();
  }, []);
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
    : [[Word, fill(words.ui.waiting, { tool: tool.name })]];
  const isDefault = data.timeoutMin === null;

  return (
    <section className="sd" aria-labelledby="sd-title" ref={root}>
      <Passage html={passages.head} />
      <p className="sd-privacy">
        {persistent ? words.ui.recordingBrowser : words.ui.recordingTab}
      </p>
      {notice && <p className="sd-notice" role="note">{notice === 'corrupt' ? words.ui.corrupt : notice}</p>}
      {data.compacted > 0 && <p className="sd-notice">{fill(words.ui.compacted, { n: data.compacted })}</p>}

      <div className="sd-layout">
        <div className="sd-main">
          <div className="sd-controls">
            <Passage html={passages.toolField} />
            <TimeoutField ui={words.ui} rules={rules} minutes={minutes} onChange={(m) => store.update((d) => ({ ...d, timeoutMin: m }))} />
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
          <Passage html={passages.toggles} />
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

      <Passage html={passages.actions} />

      <Timeline sessions={chosen.sessions} heard={chosen.heard} now={now} toolName={tool.name} label={words.ui.timelineLabel} keyText={<Passage html={passages.timelineKey} />} />
      <PastSessions sessions={past} word={word} Word={Word} endReasons={words.endReasons} />
      <HeardLog results={results} selected={tool.id} note={<Passage html={passages.heardNote} />} nouns={words.nouns} ui={words.ui} />
      <Passage html={passages.compareTable} />

      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </section>
  );
}
