import { describe, expect, it } from 'vitest';
import { isLeap, rowsInView, scrollTopFor } from './use-row-window.ts';

// 40 px rows under a 38 px sticky header, as in the entries table.
const g = { rowHeight: 40, headerHeight: 38, overscan: 0 };

describe('rowsInView', () => {
  it('at the top shows the rows below the header, the last one partly', () => {
    // 400 px of view: 362 px below the header hold rows 0–9 (the tenth cut at 360 px).
    expect(rowsInView(0, 400, g)).toEqual([0, 9]);
  });

  it('counts a row the header half covers as shown, and one scrolled wholly under it as gone', () => {
    expect(rowsInView(20, 400, g)).toEqual([0, 9]);
    expect(rowsInView(40, 400, g)).toEqual([1, 10]);
    expect(rowsInView(41, 400, g)).toEqual([1, 10]);
  });

  it('adds the overscan at both ends without going above the first row', () => {
    expect(rowsInView(0, 400, { ...g, overscan: 2 })).toEqual([0, 11]);
    expect(rowsInView(4000, 400, { ...g, overscan: 2 })).toEqual([98, 111]);
  });

  it('renders at least one row in a container too short to show any', () => {
    expect(rowsInView(0, 10, g)).toEqual([0, 0]);
  });
});

describe('scrollTopFor', () => {
  it('leaves a row that is wholly in view where it is', () => {
    expect(scrollTopFor(3, 0, 400, g)).toBeNull();
  });

  it('scrolls a row above the view (or under the header) up to just below the header', () => {
    expect(scrollTopFor(5, 400, 400, g)).toBe(200);
  });

  it('scrolls a row below the view up until its bottom edge is the view’s', () => {
    // Row 20 ends at 38 + 21 × 40 = 878 px.
    expect(scrollTopFor(20, 0, 400, g)).toBe(478);
  });
});

describe('isLeap', () => {
  it('is a scroll of a whole view or more, either way', () => {
    expect(isLeap(400, 400)).toBe(true);
    expect(isLeap(-1200, 400)).toBe(true);
    expect(isLeap(399, 400)).toBe(false);
    expect(isLeap(-40, 400)).toBe(false);
  });
});
