import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const base = { FOCUS_DB: join(tmpdir(), 'focus-config-test', 'focus.db') };

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ port: 4173, host: '127.0.0.1', log: true, upstreamUrl: undefined });
    expect(config.workers).toBe(availableParallelism());
    expect(config.sourceMaps).toBe(false);
    expect(config).toMatchObject({ proxyDeadlineMs: 60_000, proxyIdleMs: 30_000 });
  });

  it('serves source maps only when FOCUS_SOURCE_MAPS is 1', () => {
    expect(loadConfig({ ...base, FOCUS_SOURCE_MAPS: '1' }).sourceMaps).toBe(true);
    expect(loadConfig({ ...base, FOCUS_SOURCE_MAPS: '0' }).sourceMaps).toBe(false);
    expect(() => loadConfig({ ...base, FOCUS_SOURCE_MAPS: 'yes' })).toThrow(/FOCUS_SOURCE_MAPS/);
  });

  it('takes FOCUS_ALLOWED_HOSTS as a list of host names', () => {
    expect(loadConfig(base).allowedHosts).toEqual([]);
    expect(
      loadConfig({ ...base, FOCUS_ALLOWED_HOSTS: ' Focus.Internal, .corp.example ,' }).allowedHosts,
    ).toEqual(['focus.internal', '.corp.example']);
    expect(() => loadConfig({ ...base, FOCUS_ALLOWED_HOSTS: 'http://focus.internal' })).toThrow(
      /FOCUS_ALLOWED_HOSTS/,
    );
    expect(() => loadConfig({ ...base, FOCUS_ALLOWED_HOSTS: 'focus.internal:4173' })).toThrow(
      /FOCUS_ALLOWED_HOSTS/,
    );
  });

  it('takes the forwarding deadline and idle timeout in seconds', () => {
    const config = loadConfig({ ...base, FOCUS_PROXY_DEADLINE_S: '5', FOCUS_PROXY_IDLE_S: '2' });
    expect(config).toMatchObject({ proxyDeadlineMs: 5_000, proxyIdleMs: 2_000 });
    expect(() => loadConfig({ ...base, FOCUS_PROXY_DEADLINE_S: '0' })).toThrow(/FOCUS_PROXY_DEADLINE_S/);
    expect(() => loadConfig({ ...base, FOCUS_PROXY_IDLE_S: 'soon' })).toThrow(/FOCUS_PROXY_IDLE_S/);
  });

  it('takes FOCUS_WORKERS, and runs one process when quota emulation is on', () => {
    expect(loadConfig({ ...base, FOCUS_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ ...base, FOCUS_QUOTA_PER_HOUR: '50' }).workers).toBe(1);
    expect(loadConfig({ ...base, FOCUS_QUOTA_PER_HOUR: '50', FOCUS_WORKERS: '1' }).workers).toBe(1);
  });

  it('refuses settings it cannot honour, naming the setting', () => {
    expect(() => loadConfig({ ...base, FOCUS_WORKERS: '0' })).toThrow(/FOCUS_WORKERS/);
    expect(() => loadConfig({ ...base, FOCUS_WORKERS: 'many' })).toThrow(/FOCUS_WORKERS/);
    expect(() => loadConfig({ ...base, FOCUS_QUOTA_PER_HOUR: '50', FOCUS_WORKERS: '2' })).toThrow(
      /FOCUS_QUOTA_PER_HOUR.*FOCUS_WORKERS/,
    );
    expect(() => loadConfig({ ...base, PORT: '-1' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, FOCUS_API_URL: 'ftp://example.com' })).toThrow(/FOCUS_API_URL/);
  });
});
