import { detectProblems, type DetectOptions, type Findings } from './detect/detect.ts';
import type { PackedEntries } from './detect/packed.ts';

export interface DetectRequest {
  seq: number;
  packed: PackedEntries;
  options: DetectOptions;
}
export type DetectResponse = { seq: number; findings: Findings } | { seq: number; error: string };

/** The worker's side: what it answers to one request. */
export function answer({ seq, packed, options }: DetectRequest): DetectResponse {
  try {
    return { seq, findings: detectProblems(packed, options) };
  } catch (error) {
    return { seq, error: error instanceof Error ? error.message : String(error) };
  }
}
