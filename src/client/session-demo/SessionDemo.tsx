/**
 * The live session demo: the reader's own activity on this site, cut into sessions by the rules of
 * the analytics tool they pick, ticking down to expiry, and compared across tools.
 * Nothing is recorded before "Start tracking my session"; everything stays in this browser.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { compare, initialState, liveView, step } from '../../session/engine';
import { formatClock, formatDuration, ENGAGED_BY_TEXT, END_REASON_TEXT } from '../session/format';
import { PRESETS, presetById, withTimeout, type SessionRules } from '../../session/rules';
import { record, startRecording, stopRecording } from '../session/recorder';
import CompareTable from './CompareTable';
import Countdown from './Countdown';
import PastSessions from './PastSessions';
import Timeline from './Timeline';
import { useDemoStore } from './useDemoStore';
import { useNow } from './useNow';
// Styles: session-demo.css, loaded by the site stylesheet (see BaseLayout.astro).

function readerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Sydney'];

export default function SessionDemo() {
  const store = useDemoStore();
  const { mode, data, persistent, notice } = store;
  const now = useNow(mode === 'on');
  const [timeZone, setTimeZone] = useState('UTC');
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setTimeZone(readerTimeZone()), []);

  // Record on this page too once tracking is on; if storage refuses, keep activity in memory.
  const append = store.append;
  useEffect(() => {
    if (mode === 'on') startRecording(persistent ? undefined : append);
  }, [mode, persistent, append]);

  const preset = presetById(data.rules) ?? PRESETS[0]!;
  const rules: SessionRules = data.timeoutMin ? withTimeout(preset, data.timeoutMin * 60_000) : preset;
  const state = useMemo(
    () => data.activities.reduce(step, initialState(rules, timeZone)),
    [data.activities, rules, timeZone],
  );
  const view = liveView(state, now);
  const current = view.current;

  // Announce expiry and a new session once each, never the ticking.
  const announced = useRef({ expired: false, number: 0 });
  useEffect(() => {
    if (!current) return;
    if (view.expired && !announced.current.expired) {
      setAnnouncement(`Session ${current.number} expired: ${END_REASON_TEXT[view.expiryReason ?? 'inactivity']}. Your next interaction starts session ${current.number + 1}.`);
    } else if (!view.expired && announced.current.number && current.number > announced.current.number) {
      setAnnouncement(`Session ${current.number} started.`);
    }
    announced.current = { expired: view.expired, number: current.number };
  }, [view.expired, view.expiryReason, current]);

  const act = (kind: 'key-event' | 'stop' | 'pageview', extra = {}) => {
    if (!persistent || !record(kind, extra)) store.append({ t: Date.now(), kind, ...extra });
    else store.update((d) => d); // storage changed under us: re-read it
  };

  // Before hydration (and without JavaScript) this same introduction is what the page shows.
  if (mode === 'loading' || mode === 'off') {
    return (
      <section className="sd" aria-labelledby="sd-title">
        <h2 id="sd-title" className="sd-title">Your session, live</h2>
        <p>
          Press start and this demo follows your visit to this site the way an analytics tool would: every page you
          open and every click, key press and scroll. You then watch your session tick towards expiry, restart,
          and get counted differently by GA4, Adobe, Mixpanel and others.
        </p>
        <p className="sd-privacy">
          Nothing is recorded until you press start. Your activity stays in this browser (local storage) and is never
          sent anywhere; “Stop and forget” deletes it.
        </p>
        {notice && <p className="sd-notice" role="note">{notice}</p>}
        <p className="sd-notice no-js-only">The live demo needs JavaScript, which is not running in this browser.</p>
        <button type="button" className="button primary js-only" onClick={store.start} disabled={mode === 'loading'}>
          Start tracking my session
        </button>
      </section>
    );
  }

  const engaged = current?.engagedBy ? ENGAGED_BY_TEXT[current.engagedBy] : null;
  return (
    <section className="sd" aria-labelledby="sd-title">
      <div className="sd-head">
        <h2 id="sd-title" className="sd-title">Your session, live</h2>
        <button type="button" className="button" onClick={() => { stopRecording(); store.forget(); setAnnouncement('Tracking stopped and your activity deleted.'); }}>
          Stop and forget
        </button>
      </div>
      <p className="sd-privacy">
        Recording your activity on this site, {persistent ? 'in this browser only' : 'in this tab only'}. Nothing is sent anywhere.
      </p>
      {notice && <p className="sd-notice" role="note">{notice}</p>}
      {data.compacted > 0 && <p className="sd-notice">Older activity was compacted: {data.compacted} bursts of interactions were merged.</p>}

      <div className="sd-controls">
        <label>
          <span>Rules</span>
          <select className="field" value={preset.id} onChange={(e) => store.update((d) => ({ ...d, rules: e.target.value, timeoutMin: null }))}>
            {PRESETS.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>
          <span>Timeout (minutes)</span>
          <input
            className="field"
            type="number"
            inputMode="decimal"
            min={preset.timeoutRange ? preset.timeoutRange.minMs / 60_000 : 0.5}
            max={preset.timeoutRange ? preset.timeoutRange.maxMs / 60_000 : 1440}
            step="any"
            value={Math.round((rules.timeoutMs / 60_000) * 100) / 100}
            onChange={(e) => {
              const minutes = Number(e.target.value);
              if (minutes > 0) store.update((d) => ({ ...d, timeoutMin: minutes }));
            }}
          />
        </label>
        <label>
          <span>Time zone for midnight</span>
          <select className="field" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {[...new Set([readerTimeZone(), ...ZONES])].map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        </label>
      </div>
      <p className="sd-rule-note">
        {rules.note} <a href={rules.source.url}>{rules.source.title}</a>
      </p>

      <div className="sd-now">
        <Countdown view={view} rules={rules} now={now} />
        <dl className="sd-stats">
          {current ? (
            <>
              <div><dt>Session</dt><dd>#{current.number} <span className="sd-id">id {current.id}</span></dd></div>
              <div><dt>Started</dt><dd>{formatClock(current.start)}</dd></div>
              <div><dt>Duration</dt><dd>{formatDuration((view.expired ? current.lastActivity : now) - current.start)}</dd></div>
              <div><dt>Last activity</dt><dd>{formatClock(current.lastActivity)}</dd></div>
              <div><dt>Page views</dt><dd data-testid="pageviews">{current.pageviews}</dd></div>
              <div><dt>Interactions</dt><dd data-testid="interactions">{current.interactions}</dd></div>
              <div><dt>Engaged (GA4)</dt><dd>{engaged ? `Yes — ${engaged}` : 'Not yet'}</dd></div>
              <div><dt>Engagement time</dt><dd>{formatDuration(current.engagementMs)}</dd></div>
            </>
          ) : (
            <div><dt>Session</dt><dd>Waiting for your first activity</dd></div>
          )}
        </dl>
      </div>

      <div className="sd-actions">
        <button type="button" className="button" onClick={() => act('key-event')}>Mark a key event</button>
        <button type="button" className="button" onClick={() => act('pageview', { page: location.pathname, campaign: `email-${new Date().getDate()}-${data.activities.length}` })}>
          Arrive from a new campaign
        </button>
        <button type="button" className="button" onClick={() => act('stop')}>End this session now</button>
      </div>

      <Timeline sessions={[...view.past, ...(current ? [current] : [])]} activities={data.activities} now={now} />
      <PastSessions sessions={view.past} />
      <CompareTable rows={compare(data.activities, PRESETS.map((p) => (p.id === preset.id ? rules : p)), timeZone, now)} presets={PRESETS} />

      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </section>
  );
}
