import { useEffect } from 'react';

/** The product's name, last in every document title. */
export const PRODUCT = 'Focus time';

/** "Archived · Focus time": each view names itself in the tab, the history and screen readers' page title. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · ${PRODUCT}`;
  }, [title]);
}
