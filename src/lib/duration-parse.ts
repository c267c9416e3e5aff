/** Longest duration the API accepts (ten years, in seconds). */
export const MAX_DURATION_SECONDS = 10 * 365 * 24 * 3600;

export type DurationParse = { ok: true; seconds: number } | { ok: false; error: string };

const FORMAT_HINT = 'Use a form such as 1:30, 1:30:00, 90m, 1h 30m or 1.5h.';

const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1 };
const UNIT_NAMES: Record<string, 'h' | 'm' | 's'> = {
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
};

const fail = (error: string): DurationParse => ({ ok: false, error });

function done(seconds: number): DurationParse {
  const rounded = Math.round(seconds);
  if (rounded > MAX_DURATION_SECONDS) return fail('Duration is longer than ten years.');
  return { ok: true, seconds: rounded };
}

/** `h:mm` or `h:mm:ss`; hours may exceed 24 (`25:00:00`), minutes and seconds may not pass 59. */
function parseClock(text: string): DurationParse | null {
  const m = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(text);
  if (!m) return null;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (min > 59) return fail('Minutes must be between 0 and 59.');
  if (sec > 59) return fail('Seconds must be between 0 and 59.');
  return done(h * 3600 + min * 60 + sec);
}

/** `90m`, `1h 30m`, `1h30m`, `1.5h`, `45 s`, `2 hours 5 min`: each unit at most once. */
function parseUnits(text: string): DurationParse | null {
  const part = /(\d+(?:\.\d+)?|\.\d+)\s*([a-z]+)\s*/gy;
  const seen = new Set<string>();
  let total = 0;
  let at = 0;
  let match: RegExpExecArray | null;
  while ((match = part.exec(text))) {
    const unit = UNIT_NAMES[match[2] ?? ''];
    if (!unit) return fail(`“${match[2]}” is not a unit: use h, m or s.`);
    if (seen.has(unit)) return fail(`The ${unit} unit appears twice.`);
    seen.add(unit);
    total += Number(match[1]) * (UNIT_SECONDS[unit] ?? 0);
    at = part.lastIndex;
  }
  if (at === 0 || at !== text.length) return null;
  return done(total);
}

/**
 * Reads a duration as a person types it. Accepted: `1:30` (h:mm), `1:30:00` (h:mm:ss), `90m`, `1h 30m`,
 * `1.5h`, `45s`, and a bare number, read as minutes (`90` = 1:30:00). Empty input is not a duration:
 * the form decides what empty means (a running entry).
 */
export function parseDuration(input: string): DurationParse {
  const text = input.trim().toLowerCase().replace(/,/g, '.');
  if (text === '') return fail('Enter a duration.');
  if (text.startsWith('-') || text.startsWith('−')) return fail('Duration cannot be negative.');
  if (/^\d+(?:\.\d+)?$|^\.\d+$/.test(text)) return done(Number(text) * 60);
  const result = parseClock(text) ?? parseUnits(text);
  if (result) return result;
  return fail(`“${input.trim()}” is not a duration. ${FORMAT_HINT}`);
}
