export { TimeBlocksScreen } from './time-blocks-screen.tsx';
