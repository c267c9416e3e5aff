import { createContext, useContext } from 'react';

/**
 * True inside a data table's rows and header: the table is one tab stop and arrow keys reach the
 * controls in its cells, so those controls leave the Tab order (`tabIndex = -1`).
 */
export const InGridContext = createContext(false);

/** The table's current row (its one tab stop): where focus goes when the focused row is removed. */
export const CURRENT_ROW = '[role="grid"] tbody tr[tabindex="0"]';

/** The tabIndex a control should take where it is rendered: -1 inside a table, the default elsewhere. */
export function useCellTabIndex(): -1 | undefined {
  return useContext(InGridContext) ? -1 : undefined;
}
