import { useEffect } from 'react';
import { PRODUCT } from './views.tsx';

/** "Archived · Focus time": each view names itself in the tab, the history and screen readers' page title. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · ${PRODUCT}`;
  }, [title]);
}
