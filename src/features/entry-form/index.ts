export { EntryFormHost } from './entry-form-host.tsx';
export { EntryRowActions } from './entry-row-actions.tsx';
export { useEntryFormTarget, type EntryFormTarget } from './use-entry-form-target.ts';
