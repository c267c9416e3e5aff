import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/errors.ts';
import { PasswordSlots } from './password-slots.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('PasswordSlots', () => {
  it('runs no more than its concurrency at once, and lets addresses take turns', async () => {
    const slots = new PasswordSlots(1, 100);
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const check = (name: string) => async () => {
      running++;
      most = Math.max(most, running);
      order.push(name);
      await tick();
      running--;
    };
    const all = [
      ...['a1', 'a2', 'a3', 'a4'].map((n) => slots.run('flood', check(n))),
      slots.run('elsewhere', check('b1')),
      slots.run('third', check('c1')),
    ];
    await Promise.all(all);
    expect(most).toBe(1);
    expect(order).toEqual(['a1', 'a2', 'b1', 'c1', 'a3', 'a4']);
  });

  it('answers 503 with Retry-After once too many wait', async () => {
    const slots = new PasswordSlots(1, 2);
    const hold = slots.run('x', () => tick());
    const queued = [slots.run('x', () => tick()), slots.run('y', () => tick())];
    const refused = slots.run('z', () => tick());
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ status: 503, headers: { 'Retry-After': '1' } });
    await Promise.all([hold, ...queued]);
  });
});
