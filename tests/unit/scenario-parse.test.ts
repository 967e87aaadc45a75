import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/glossary/problem';
import { parseScenario, parseScenarios } from '../../src/glossary/scenario-parse';

const FILE = 'content/scenarios/lunch-break.yaml';
const TERMS = ['session', 'engagement-time', 'bounce-rate'];
const GOOD = `title: A lunch break
summary: A reader leaves the tab open over lunch.
illustrates: [session, engagement-time]
timezone: Europe/London
start: 2026-01-10T12:20
steps:
  - 0:00:00 view /glossary/ from https://www.google.com/
  - 0:05:00 hidden
  - 0:40:00 visible
  - 0:41:00 tab 2 view /glossary/session/ x2 every 30s
`;
const problems = (source: string, file = FILE) => parseScenario(file, source, TERMS).problems.map(formatProblem);

describe('scenario files', () => {
  it('read into a scenario with its start instant, lines and duration', () => {
    const { scenario, problems: found } = parseScenario(FILE, GOOD, TERMS);
    expect(found).toEqual([]);
    expect(scenario).toMatchObject({
      slug: 'lunch-break',
      file: FILE,
      title: 'A lunch break',
      illustrates: ['session', 'engagement-time'],
      timeZone: 'Europe/London',
      start: '2026-01-10T12:20',
      startMs: Date.UTC(2026, 0, 10, 12, 20),
      durationMs: 41 * 60_000 + 30_000,
    });
    expect(scenario!.steps.map((s) => [s.line, s.text, s.tab, s.atMs])).toEqual([
      [7, '0:00:00 view /glossary/ from https://www.google.com/', 1, 0],
      [8, '0:05:00 hidden', 1, 300_000],
      [9, '0:40:00 visible', 1, 2_400_000],
      [10, '0:41:00 tab 2 view /glossary/session/ x2 every 30s', 2, 2_460_000],
    ]);
  });

  it('name the file, field and line of a bad step, with what to write', () => {
    expect(problems(GOOD.replace('0:40:00 visible', '0:40:00 visable'))).toEqual([
      'content/scenarios/lunch-break.yaml:9 › steps[2]: unknown action "visable" — did you mean "visible"? (actions: view, click, key, scroll, form-start, form-submit, hidden, visible) (scenario)',
    ]);
  });

  it('suggest the closest term, time zone and field', () => {
    const source = GOOD.replace('engagement-time]', 'engagment-time]').replace('Europe/London', 'Europe/Londn').replace('summary:', 'sumary:');
    expect(problems(source)).toEqual([
      'content/scenarios/lunch-break.yaml:2 › sumary: unknown field — did you mean "summary"? (scenario)',
      'content/scenarios/lunch-break.yaml:1 › summary: is required (see README "Scenario lab") (scenario)',
      'content/scenarios/lunch-break.yaml:3 › illustrates[1]: unknown term "engagment-time" — did you mean "engagement-time"? (scenario)',
      'content/scenarios/lunch-break.yaml:4 › timezone: unknown time zone "Europe/Londn" — did you mean "Europe/London"? (scenario)',
    ]);
  });

  it('check order, the first step, each tab starting with a page and the start time', () => {
    const source = GOOD.replace('start: 2026-01-10T12:20', 'start: 2026-03-29T01:30')
      .replace('0:00:00 view', '0:00:10 view')
      .replace('0:40:00 visible', '0:04:00 visible')
      .replace('0:41:00 tab 2 view /glossary/session/ x2 every 30s', '0:41:00 tab 3 click other');
    expect(problems(source)).toEqual([
      'content/scenarios/lunch-break.yaml:5 › start: is not a time the clocks in Europe/London show (a skipped hour or an impossible date) (scenario)',
      "content/scenarios/lunch-break.yaml:7 › steps[0]: the first step is at 0:00:00, the scenario's start (this one is at 0:00:10) (scenario)",
      'content/scenarios/lunch-break.yaml:9 › steps[2]: goes back in time: 0:04:00 is before the step above (0:05:00); list steps in order (scenario)',
      'content/scenarios/lunch-break.yaml:10 › steps[3]: tab 3 has no page yet: a tab\'s first step is a page view, e.g. "0:41:00 tab 3 view /glossary/" (scenario)',
    ]);
  });

  it('report fields of the wrong shape, a bad file name, and YAML that does not parse', () => {
    expect(problems(GOOD.replace('  - 0:05:00 hidden', '  - at: 0:05:00').replace('illustrates: [session, engagement-time]', 'illustrates: Session'), 'content/scenarios/Lunch Break.yaml')).toEqual([
      'content/scenarios/Lunch Break.yaml: the file name "Lunch Break" must be a lowercase slug such as "lunch-break": it is the page\'s URL (scenario)',
      'content/scenarios/Lunch Break.yaml:3 › illustrates: must be a list of term slugs, e.g. [session, bounce-rate] (scenario)',
      'content/scenarios/Lunch Break.yaml:8 › steps[1]: each step is one line of text, e.g. "0:31:00 scroll 90%" (scenario)',
    ]);
    expect(problems('title: [unclosed\n')).toEqual([expect.stringMatching(/^content\/scenarios\/lunch-break\.yaml:\d+: not valid YAML: .+ \(scenario\)$/)]);
    expect(problems('- just a list\n')).toEqual(['content/scenarios/lunch-break.yaml:1: must be "field: value" lines: title, summary, illustrates, timezone, start, steps (scenario)']);
  });

  it('are sorted by slug, and every file reports at once', () => {
    const result = parseScenarios(
      [
        { path: 'content/scenarios/zeta.yaml', text: GOOD },
        { path: 'content/scenarios/alpha.yaml', text: GOOD },
        { path: 'content/scenarios/broken.yaml', text: GOOD.replace('0:05:00 hidden', '0:05:00 hide') },
      ],
      TERMS,
    );
    expect(result.scenarios.map((s) => s.slug)).toEqual(['alpha', 'zeta']);
    expect(result.problems.map((p) => `${p.file}:${p.line} › ${p.field}`)).toEqual(['content/scenarios/broken.yaml:8 › steps[1]']);
  });
});
