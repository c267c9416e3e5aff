import { useMemo, useState } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import {
  hoursAccumulator,
  type ChartData,
  type ChartGroup,
  type ChartOptions,
  type HoursAccumulator,
} from './chart-data.ts';
import { extendsRows } from './growing-rows.ts';

interface Sums {
  acc: HoursAccumulator;
  group: ChartGroup;
  options: ChartOptions;
  rows: readonly TimeEntryWithTask[];
}

/** The sums so far, kept between renders. */
class GrowingChart {
  private sums: Sums | null = null;

  read(rows: readonly TimeEntryWithTask[], group: ChartGroup, options: ChartOptions): ChartData {
    let sums = this.sums;
    if (!sums || sums.group !== group || sums.options !== options || !extendsRows(rows, sums.rows)) {
      sums = { acc: hoursAccumulator(group, options), group, options, rows: [] };
      this.sums = sums;
    }
    sums.acc.add(rows, sums.rows.length);
    sums.rows = rows;
    return sums.acc.result();
  }
}

/**
 * The hours chart of `rows`. While a range streams in, each update holds the rows so far plus some
 * new ones: only the new rows are summed, so 200,000 rows cost one pass in all rather than one per
 * update. New options (group, range, width) or rows that are not an extension start a new sum.
 */
export function useHoursChart(
  rows: readonly TimeEntryWithTask[] | null,
  group: ChartGroup,
  options: ChartOptions | null,
): ChartData | null {
  const [chart] = useState(() => new GrowingChart());
  return useMemo(
    () => (rows && options ? chart.read(rows, group, options) : null),
    [chart, rows, group, options],
  );
}
