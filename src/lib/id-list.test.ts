import { describe, expect, it } from 'vitest';
import { BULK_LIMIT } from '../../contract/index.ts';
import { idListField, parseIdList } from './id-list.ts';

const field = idListField({ empty: 'Enter an id.', noun: 'ids' });
const error = (text: string) => field.safeParse(text).error?.issues[0]?.message;

describe('typed id lists', () => {
  it('reads ids separated by commas, spaces or both, each once, in order', () => {
    expect(parseIdList(' 12, 7 12,,3\n7 ')).toEqual([12, 7, 3]);
    expect(parseIdList('')).toEqual([]);
  });

  it('says what is wrong with the text', () => {
    expect(field.safeParse(' 4127, 4130 ').success).toBe(true);
    expect(error('   ')).toBe('Enter an id.');
    expect(error('12x')).toBe('Ids are whole numbers, separated by commas or spaces.');
    expect(error('0')).toBe('Ids are whole numbers, separated by commas or spaces.');
    expect(error('-3')).toBe('Ids are whole numbers, separated by commas or spaces.');
    const tooMany = Array.from({ length: BULK_LIMIT + 1 }, (_, i) => i + 1).join(' ');
    expect(error(tooMany)).toBe(`At most ${BULK_LIMIT} ids at once.`);
  });
});
