export { AttentionScreen, type AttentionScreenProps } from './attention-screen.tsx';
// The navigation badge is imported from its own file (use-attention-count.ts): the layout loads with the
// first screen, and importing it from here would pull the whole view into that first download.
