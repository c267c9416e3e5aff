export { EntriesScreen, type EntriesScreenProps } from './entries-screen.tsx';
export { SelectAllMatching } from './select-all-matching.tsx';
