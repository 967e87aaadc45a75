import { useEffect, useState } from 'react';
import type { SessionLimits } from '../../session/session-limits';
import { fill, type DemoWords } from './demo-words';

interface Props {
  rules: SessionLimits;
  /** Its sentences: timeoutInvalid (not a positive number), outOfRange, rangeHint. */
  ui: DemoWords['ui'];
  /** The timeout in force, in minutes. */
  minutes: number;
  /** Applies a new timeout; null goes back to the tool's own. */
  onChange(minutes: number | null): void;
}

const trim = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The timeout in minutes, typed freely: the value is read and checked only when the reader leaves
 * the field (or presses Enter), so clearing it or typing "45" behaves as in any text box.
 */
export default function TimeoutField({ rules, ui, minutes, onChange }: Props) {
  const [text, setText] = useState(trim(minutes));
  const [error, setError] = useState<string | null>(null);
  // A new tool or a change from elsewhere shows its value, unless the reader is mid-correction.
  useEffect(() => {
    setText(trim(minutes));
    setError(null);
  }, [minutes, rules.id]);

  const range = rules.timeoutRange;
  const minMin = range ? range.minMs / 60_000 : 0.5;
  const maxMin = range ? range.maxMs / 60_000 : 24 * 60;

  const commit = () => {
    const value = text.trim().replace(',', '.');
    if (value === '') {
      onChange(null);
      setError(null);
      return;
    }
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) {
      setError(ui.timeoutInvalid);
      return;
    }
    if (n < minMin || n > maxMin) {
      setError(fill(ui.outOfRange, { tool: rules.name, min: trim(minMin), max: trim(maxMin) }));
      return;
    }
    setError(null);
    onChange(n);
  };

  return (
    <div className="sd-field">
      <label htmlFor="sd-timeout">Timeout (minutes)</label>
      <input
        id="sd-timeout"
        className="field"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'sd-timeout-hint sd-timeout-error' : 'sd-timeout-hint'}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <span id="sd-timeout-hint" className="sd-field-hint">
        {fill(ui.rangeHint, { min: trim(minMin), max: trim(maxMin) })}
      </span>
      {error && (
        <span id="sd-timeout-error" className="sd-field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
