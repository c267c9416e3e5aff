/** What counts as a problem. Hours may be fractional (1.5 = 90 minutes). */
export interface Thresholds {
  /** A running entry started more than this many hours ago. */
  runningHours: number;
  /** A finished entry longer than this many hours. */
  longHours: number;
  /** A break entry longer than this many hours (only when `breaks` is on). */
  breakHours: number;
  breaks: boolean;
  weekends: boolean;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  runningHours: 10,
  longHours: 10,
  breakHours: 2,
  breaks: false,
  weekends: false,
};

const HOURS_KEYS = { runningHours: 'running_h', longHours: 'long_h', breakHours: 'break_h' } as const;
const SWITCH_KEYS = { breaks: 'breaks', weekends: 'weekends' } as const;
/** A week: anything longer is no threshold a person means. */
const MAX_HOURS = 168;

/** A number of hours from a URL, or undefined when it is not one a person could mean. */
export function readHours(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 && n <= MAX_HOURS ? n : undefined;
}

/** Reads thresholds from search parameters; a missing or unreadable value keeps its default. */
export function readThresholds(params: URLSearchParams): Thresholds {
  const t = { ...DEFAULT_THRESHOLDS };
  for (const [field, key] of Object.entries(HOURS_KEYS) as [keyof typeof HOURS_KEYS, string][]) {
    t[field] = readHours(params.get(key)) ?? t[field];
  }
  for (const [field, key] of Object.entries(SWITCH_KEYS) as [keyof typeof SWITCH_KEYS, string][]) {
    const v = params.get(key);
    if (v === '1' || v === '0') t[field] = v === '1';
  }
  return t;
}

/** Writes thresholds into search parameters, leaving defaults out so a plain link stays plain. */
export function writeThresholds(params: URLSearchParams, t: Thresholds): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [field, key] of Object.entries(HOURS_KEYS) as [keyof typeof HOURS_KEYS, string][]) {
    if (t[field] === DEFAULT_THRESHOLDS[field]) out.delete(key);
    else out.set(key, String(t[field]));
  }
  for (const [field, key] of Object.entries(SWITCH_KEYS) as [keyof typeof SWITCH_KEYS, string][]) {
    if (t[field] === DEFAULT_THRESHOLDS[field]) out.delete(key);
    else out.set(key, t[field] ? '1' : '0');
  }
  return out;
}
