import { createContext, useContext, type ReactNode } from 'react';
import type { TimeEntryWithTask } from '../../../contract/index.ts';

/**
 * What cells need besides their entry. Column definitions stay fixed (a cell renderer is a component
 * type: a new one would remount every cell), and cells read the changing parts from these contexts.
 */
export interface EntryCellEnv {
  view: 'active' | 'archived';
  timeZone: string;
  /** When the table was first shown: decides whether dates need their year. */
  now: number;
  personName: (id: number) => string;
  onOpenTimeBlock?: ((id: number) => void) | undefined;
  renderRowActions?: ((entry: TimeEntryWithTask) => ReactNode) | undefined;
}

export interface EntrySelectionEnv {
  isSelected: (id: number) => boolean;
  /** All / some / none of the shown rows are selected: drives the header checkbox. */
  shown: 'all' | 'some' | 'none';
  selectAllLabel: string;
  onToggleRow: (entry: TimeEntryWithTask, shiftKey: boolean) => void;
  onToggleAll: (selected: boolean) => void;
}

export const EntryCellContext = createContext<EntryCellEnv | null>(null);
export const EntrySelectionContext = createContext<EntrySelectionEnv | null>(null);

export function useCellEnv(): EntryCellEnv {
  const env = useContext(EntryCellContext);
  if (!env) throw new Error('Entry cells render inside EntriesTable');
  return env;
}

export function useSelectionEnv(): EntrySelectionEnv {
  const env = useContext(EntrySelectionContext);
  if (!env) throw new Error('Entry cells render inside EntriesTable');
  return env;
}
