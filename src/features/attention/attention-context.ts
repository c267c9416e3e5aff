import { createContext, useContext } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';
import type { TrimSide } from './detect/plan-trims.ts';
import type { Thresholds } from './detect/thresholds.ts';

/**
 * What cells need besides their row. Columns stay fixed (a new cell component would remount every cell);
 * cells read what changes from these contexts.
 */
export interface AttentionEnv {
  timeZone: string;
  /** The clock detection ran against. */
  now: number;
  thresholds: Thresholds;
  personName: (id: number) => string;
  /** The address of the entry's form, so each entry is a real link; null for one the form cannot open. */
  formHref: (entry: TimeEntryWithTask) => string | null;
  onOpenEntry: (entry: TimeEntryWithTask) => void;
}

/** One group's selection and choices. Rows of every kind are selected through their entries. */
export interface GroupEnv {
  isSelected: (row: unknown) => boolean;
  toggle: (row: unknown) => void;
  shown: 'all' | 'some' | 'none';
  toggleAll: (selected: boolean) => void;
  /** For a row's checkbox: `Select entry 12`, `Select pair 12`. */
  rowLabel: (row: unknown) => string;
  /** Overlaps only: which entry of the pair gives way. */
  sideOf: (pairId: number) => TrimSide;
  setSide: (pairId: number, side: TrimSide) => void;
}

export const AttentionContext = createContext<AttentionEnv | null>(null);
export const GroupContext = createContext<GroupEnv | null>(null);

export function useAttentionEnv(): AttentionEnv {
  const env = useContext(AttentionContext);
  if (!env) throw new Error('Attention cells render inside the Needs attention screen');
  return env;
}

export function useGroupEnv(): GroupEnv {
  const env = useContext(GroupContext);
  if (!env) throw new Error('Attention cells render inside a group');
  return env;
}
