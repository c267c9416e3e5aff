import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dbPath: string;
  upstreamUrl: string | undefined;
  quotaPerHour: number | undefined;
  log: boolean;
  /** Serve the dashboard's source maps (FOCUS_SOURCE_MAPS=1); off, they answer 404. */
  sourceMaps: boolean;
  /** Server processes sharing the port (`npm start` only; the dev server and tests run one). */
  workers: number;
  /** Forwarding: the most one exchange with the Focus API may take, and its longest silence. */
  proxyDeadlineMs: number;
  proxyIdleMs: number;
  /** Host names the server answers to besides localhost and addresses (see host-check.ts). */
  allowedHosts: string[];
}

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function flag(name: string, raw: string | undefined): boolean {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`${name} must be 1 or 0, got "${raw}"`);
}

function seconds(name: string, raw: string | undefined, fallback: number): number {
  const n = positiveInt(name, raw);
  if (n === 0) throw new Error(`${name} must be at least 1 (seconds)`);
  return (n ?? fallback) * 1000;
}

function hostNames(raw: string | undefined): string[] {
  const names = (raw ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const bad = names.find((h) => !/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(h));
  if (bad !== undefined) {
    throw new Error(`FOCUS_ALLOWED_HOSTS must list host names (no scheme or port), got "${bad}"`);
  }
  return names;
}

function upstream(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`FOCUS_API_URL must be an http(s) URL, got "${raw}"`);
  }
  return url.toString().replace(/\/+$/, '');
}

/** The only place that reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dbPath = resolve(env.FOCUS_DB?.trim() || 'data/focus.db');
  const quotaPerHour = positiveInt('FOCUS_QUOTA_PER_HOUR', env.FOCUS_QUOTA_PER_HOUR) || undefined;
  const workers = positiveInt('FOCUS_WORKERS', env.FOCUS_WORKERS);
  if (workers === 0) throw new Error('FOCUS_WORKERS must be at least 1');
  // Quota counters live in the memory of the process that answers, so emulating one needs a single process.
  if (quotaPerHour && workers !== undefined && workers > 1) {
    throw new Error(
      'FOCUS_QUOTA_PER_HOUR counts requests in one process: leave FOCUS_WORKERS unset or set it to 1',
    );
  }
  mkdirSync(dirname(dbPath), { recursive: true });
  return {
    port: positiveInt('PORT', env.PORT) ?? 4173,
    host: env.HOST?.trim() || '127.0.0.1',
    dbPath,
    upstreamUrl: upstream(env.FOCUS_API_URL),
    quotaPerHour,
    log: env.FOCUS_LOG !== '0',
    sourceMaps: flag('FOCUS_SOURCE_MAPS', env.FOCUS_SOURCE_MAPS),
    workers: workers ?? (quotaPerHour ? 1 : availableParallelism()),
    proxyDeadlineMs: seconds('FOCUS_PROXY_DEADLINE_S', env.FOCUS_PROXY_DEADLINE_S, 60),
    proxyIdleMs: seconds('FOCUS_PROXY_IDLE_S', env.FOCUS_PROXY_IDLE_S, 30),
    allowedHosts: hostNames(env.FOCUS_ALLOWED_HOSTS),
  };
}
