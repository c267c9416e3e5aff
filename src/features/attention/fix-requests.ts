import type { ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { PlannedChange } from '../../lib/bulk-plan.ts';

/** A change to preview, then apply through the write road (the bulk feature's plan dialog shows it). */
export interface PlanRequest {
  title: string;
  lead?: ReactNode;
  plan: PlannedChange<TimeEntryWithTask>[];
  /** What History and the toast call it. */
  summary: string;
}

/** Entries to delete, with what goes and what stays shown before anything is sent. */
export interface DeleteRequest {
  rows: TimeEntryWithTask[];
  title: string;
  details?: ReactNode;
}

/** What a group's suggested fix can do and read. */
export interface FixActions {
  previewPlan: (request: PlanRequest) => void;
  confirmDelete: (request: DeleteRequest) => void;
  byId: ReadonlyMap<number, TimeEntryWithTask>;
  /** Every entry in view: the typical length of a person's entries is read from them. */
  all: readonly TimeEntryWithTask[];
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** `all 4 pairs`, `1 pair` or `2 selected`: what a fix button acts on. */
export const forWhich = (n: number, selected: boolean, one: string, many?: string) =>
  selected ? `${n.toLocaleString('en-GB')} selected` : `${n === 1 ? '' : 'all '}${plural(n, one, many)}`;
