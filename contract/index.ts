export * from './common.ts';
export * from './time-entry.ts';
export * from './params.ts';
export * from './bodies.ts';
export * from './supporting.ts';
export * from './paths.ts';
export * from './routes.ts';
