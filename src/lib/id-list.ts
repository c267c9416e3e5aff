import * as z from 'zod/mini';
import { BULK_LIMIT } from '../../contract/index.ts';

/** Ids typed by hand: positive whole numbers, separated by commas or spaces, at most one bulk request's worth. */
export function idListField({ empty, noun }: { empty: string; noun: string }) {
  return z.string().check(
    z.trim(),
    z.minLength(1, { error: empty }),
    z.regex(/^[1-9]\d{0,14}([\s,]+[1-9]\d{0,14})*$/, {
      error: 'Ids are whole numbers, separated by commas or spaces.',
    }),
    z.refine((s) => s.split(/[\s,]+/).length <= BULK_LIMIT, {
      error: `At most ${BULK_LIMIT} ${noun} at once.`,
    }),
  );
}

/** The ids in `text`, each once, in the order typed; anything that is not a positive number is skipped. */
export const parseIdList = (text: string): number[] =>
  [
    ...new Set(
      text
        .trim()
        .split(/[\s,]+/)
        .map(Number),
    ),
  ].filter((n) => Number.isSafeInteger(n) && n > 0);
