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
