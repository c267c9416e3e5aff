import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from './csv.ts';

describe('csv', () => {
  it('quotes only what needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });

  it('defuses spreadsheet formulas in text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-5)).toBe('-5');
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['1', 'Café, "Ünïcode" ✅', ''],
      ['2', 'line\r\nbreak', 'x'],
    ];
    const text = toCsv(['id', 'name', 'note'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(`\uFEFF${text}`)).toEqual([['id', 'name', 'note'], ...rows]);
  });
});
