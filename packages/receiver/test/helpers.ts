import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ReceiverConfig } from '../src/config.js';

/** A fresh temporary folder for one test's database; removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ctkit-receiver-'));
  return { dir, cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Test configuration: loopback, a free port, no rate limit unless asked, no environment leaking in. */
export function testConfig(dir: string, overrides: Partial<ReceiverConfig> = {}): ReceiverConfig {
  return loadConfig([], {}, { port: 0, host: '127.0.0.1', database: join(dir, 'receiver.sqlite'), rateLimit: 0, ...overrides });
}

let n = 0;

/** A valid sign-up payload; `i` makes the email and submissionId unique. */
export function payload(i = ++n, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submissionId: `sub-${String(i).padStart(6, '0')}-${process.pid}`,
    list: 'newsletter',
    email: `person${i}@example.org`,
    locale: 'en',
    consent: {
      given: true,
      text: 'I agree to receive emails from Community Tech Network. I can unsubscribe at any time.',
      textVersion: '2026-11',
      privacyUrl: 'https://example.org/privacy',
      at: '2026-11-25T10:00:00.000Z',
    },
    pageUrl: 'https://partner.example/join?utm_source=x#top',
    ...extra,
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/sign-ups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i] as T);
      }
    }),
  );
  return results;
}

export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
