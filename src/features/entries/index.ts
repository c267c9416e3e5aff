export { EntriesScreen, type EntriesScreenProps } from './entries-screen.tsx';
