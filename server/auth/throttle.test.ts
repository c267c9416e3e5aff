import { describe, expect, it } from 'vitest';
import { ACCOUNT_RULES, FailureCounter, addressKey } from './throttle.ts';

const S = 1000;

describe('FailureCounter', () => {
  it('starts a wait at the fifth failure in a row and doubles it with each further one, up to the cap', () => {
    const counter = new FailureCounter();
    let now = 0;
    for (let i = 1; i <= 4; i++) {
      counter.failed('a', (now += S));
      expect(counter.waitMs('a', now), `after ${i}`).toBe(0);
    }
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      counter.failed('a', now);
      waits.push(counter.waitMs('a', now) / S);
      now += counter.waitMs('a', now);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
    expect(counter.waitMs('b', now)).toBe(0);
  });

  it('forgets failures more than a minute apart before a wait, and an hour after one', () => {
    const counter = new FailureCounter();
    let now = 0;
    for (let i = 0; i < 10; i++) counter.failed('slow', (now += 61 * S));
    expect(counter.waitMs('slow', now)).toBe(0);

    for (let i = 0; i < 5; i++) counter.failed('fast', now);
    expect(counter.waitMs('fast', now)).toBe(30 * S);
    now += 30 * S + 59 * 60 * S;
    counter.failed('fast', now);
    expect(counter.waitMs('fast', now), 'still remembered: the wait doubles').toBe(60 * S);
    now += 60 * S + 61 * 60 * S;
    counter.failed('fast', now);
    expect(counter.waitMs('fast', now), 'an hour of quiet: forgotten').toBe(0);
  });

  it('a success clears the count', () => {
    const counter = new FailureCounter();
    for (let i = 0; i < 4; i++) counter.failed('a', 0);
    counter.succeeded('a');
    counter.failed('a', 0);
    expect(counter.waitMs('a', 0)).toBe(0);
  });

  it('never holds more than its cap of keys, dropping the one that failed longest ago', () => {
    const counter = new FailureCounter({ ...ACCOUNT_RULES, maxKeys: 100 });
    for (let i = 0; i < 5; i++) counter.failed('target', 0);
    for (let i = 0; i < 10_000; i++) counter.failed(`spray-${i}`, 1);
    expect(counter.size).toBe(100);
    expect(counter.waitMs('target', 1)).toBe(0);
    expect(counter.waitMs('spray-9999', 1)).toBe(0);
  });
});

describe('addressKey', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::99', '2001:db8:1:2::/64'],
    ['2001:0db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s → %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});
