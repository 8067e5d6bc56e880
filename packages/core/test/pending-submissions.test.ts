import { expect } from '@open-wc/testing';
import {
  PendingSubmissionQueue,
  backoffDelay,
  clearDraft,
  loadDraft,
  newSubmissionId,
  parseRetryAfter,
  postJson,
  saveDraft,
  type PendingSubmission,
} from '@ctkit/core/storage';
import { swapConsoleWarn, waitFor } from '../../../tests/support/helpers.js';

interface Logged {
  path: string;
  key: string;
  body: unknown;
}
/** This page's own log on the test server (Chromium and Firefox share it). */
const RUN = Math.random().toString(36).slice(2);
const q = (path: string) => `/test-api/queue/${path}?run=${RUN}`;
const log = async (): Promise<Logged[]> => (await (await fetch(q('log'))).json()) as Logged[];
const KEY = 'ctkit:test-queue';

function item(id: string, url: string, over: Partial<PendingSubmission> = {}): PendingSubmission {
  return { id, url, body: { hello: id }, attempts: 1, nextAttemptAt: 0, createdAt: Date.now(), ...over };
}

describe('pending submissions: helpers', () => {
  it('backs off exponentially with jitter, capped', () => {
    expect(backoffDelay(1, { baseMs: 1000, random: 0.5 })).to.equal(1000);
    expect(backoffDelay(2, { baseMs: 1000, random: 0.5 })).to.equal(2000);
    expect(backoffDelay(4, { baseMs: 1000, random: 0.5 })).to.equal(8000);
    expect(backoffDelay(30, { baseMs: 1000, maxMs: 60_000, random: 0.5 })).to.equal(60_000);
    expect(backoffDelay(1, { baseMs: 1000, random: 0 })).to.equal(800);
    expect(backoffDelay(1, { baseMs: 1000, random: 1 })).to.equal(1200);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120')).to.equal(120_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:05:00 GMT', now)).to.equal(300_000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('makes URL-safe ids that the sign-up schema accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newSubmissionId()));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[A-Za-z0-9_-]{8,64}$/);
  });
});

describe('pending submissions: postJson over real HTTP', () => {
  beforeEach(async () => {
    await fetch(q('log'), { method: 'DELETE' });
  });

  it('sends JSON with the Idempotency-Key header and sorts answers', async () => {
    const ok = await postJson(q('status/201'), { a: 1 }, { idempotencyKey: 'key-12345' });
    expect(ok).to.deep.equal({ kind: 'delivered', status: 201, body: { code: 201 } });
    expect(await log()).to.deep.equal([{ path: 'status/201', key: 'key-12345', body: { a: 1 } }]);
    expect((await postJson(q('status/422'), {}, { idempotencyKey: 'k2345678' })).kind).to.equal('rejected');
    expect(await postJson(q('status/503'), {}, { idempotencyKey: 'k3456789' })).to.deep.equal({
      kind: 'failed',
      reason: 'server',
      status: 503,
    });
    expect(await postJson(q('status/429'), {}, { idempotencyKey: 'k4567890' })).to.deep.equal({
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: 7000,
    });
  });

  it('does not take a captive portal’s or proxy’s page for the receiver’s answer', async () => {
    // A redirect (to a portal's login page, whose 200 would otherwise read as "delivered").
    expect(await postJson(q('portal'), { a: 1 }, { idempotencyKey: 'portal-01' })).to.deep.include({
      kind: 'failed',
      reason: 'not-receiver',
    });
    // A 200 that is an HTML page, not the receiver's JSON.
    expect(await postJson(q('html200'), { a: 1 }, { idempotencyKey: 'portal-02' })).to.deep.equal({
      kind: 'failed',
      reason: 'not-receiver',
      status: 200,
    });
  });

  it('reports a refused connection as a network failure and a slow answer as a timeout', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    expect(await postJson('http://127.0.0.1:9/x', {}, { idempotencyKey: 'k5678901' })).to.deep.equal({
      kind: 'failed',
      reason: 'network',
    });
    const slow = await postJson(q('slow'), {}, { idempotencyKey: 'k6789012', timeoutMs: 50 });
    expect(slow).to.deep.equal({ kind: 'failed', reason: 'timeout' });
  });
});

describe('pending submissions: the queue', () => {
  let queue: PendingSubmissionQueue;
  const clear = () => {
    for (const key of Object.keys(localStorage))
      if (key === KEY || key.startsWith(`${KEY}/`)) localStorage.removeItem(key);
  };
  beforeEach(async () => {
    clear();
    await fetch(q('log'), { method: 'DELETE' });
    queue = new PendingSubmissionQueue({ key: KEY, backoff: { baseMs: 60_000, random: 0.5 } });
  });
  afterEach(() => {
    queue.stop();
    clear();
  });

  it('keeps items in localStorage, an entry each, and reads damaged storage as empty', () => {
    expect(queue.save(item('aaaaaaaa', '/x'))).to.be.true;
    expect(new PendingSubmissionQueue({ key: KEY }).list().map((i) => i.id)).to.deep.equal(['aaaaaaaa']);
    expect(localStorage.getItem(`${KEY}/aaaaaaaa`)).to.be.a('string');
    queue.remove('aaaaaaaa');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(KEY))).to.deep.equal([]);
    localStorage.setItem(`${KEY}/bbbbbbbb`, '{not json');
    localStorage.setItem(KEY, '{not json');
    expect(queue.list()).to.deep.equal([]);
  });

  it('deletes, with a warning, an item undelivered for longer than it may stay in the browser (30 days)', () => {
    const { texts, restore } = swapConsoleWarn();
    try {
      const day = 86_400_000;
      queue.save(item('stale-001', '/x', { createdAt: Date.now() - 31 * day }));
      queue.save(item('fresh-001', '/x', { createdAt: Date.now() - 29 * day }));
      expect(queue.list().map((i) => i.id)).to.deep.equal(['fresh-001']);
      expect(localStorage.getItem(`${KEY}/stale-001`)).to.equal(null);
      expect(texts[0]).to.contain('could not be delivered in 30 days');
    } finally {
      restore();
    }
  });

  it('moves the list an earlier version kept under one key into entries, losing none', () => {
    const old = [
      item('legacy-01', '/x', { createdAt: Date.now() - 2 }),
      item('legacy-02', '/y', { createdAt: Date.now() - 1 }),
    ];
    localStorage.setItem(KEY, JSON.stringify(old));
    expect(queue.list().map((i) => i.id)).to.deep.equal(['legacy-01', 'legacy-02']);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(new PendingSubmissionQueue({ key: KEY }).list().map((i) => i.url)).to.deep.equal(['/x', '/y']);
  });

  it('loses nothing when another tab saves while this one is saving (no shared list to overwrite)', () => {
    // Another tab's queue on the same storage writes just before this tab's write lands, as two browser
    // processes can: with one list read and written back whole, this tab's write erased the other's item.
    let interleaved = false;
    const otherTab = new PendingSubmissionQueue({ key: KEY });
    const racing = new Proxy(localStorage, {
      get(target, name) {
        if (name === 'setItem') {
          return (key: string, value: string) => {
            if (!interleaved) {
              interleaved = true;
              otherTab.save(item('other-tab', '/b'));
            }
            target.setItem(key, value);
          };
        }
        const value = Reflect.get(target, name) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const thisTab = new PendingSubmissionQueue({ key: KEY, storage: racing });
    expect(thisTab.save(item('this-tab', '/a'))).to.be.true;
    expect(interleaved).to.be.true;
    expect(
      new PendingSubmissionQueue({ key: KEY })
        .list()
        .map((i) => i.id)
        .sort(),
    ).to.deep.equal(['other-tab', 'this-tab']);
  });

  it('retries a 5xx later with the same key, then deletes the item once delivered', async () => {
    queue.save(item('flaky-001', q('flaky')));
    const first = await queue.drain();
    expect(first[0]?.kind).to.equal('failed');
    const [kept] = queue.list();
    expect(kept?.attempts).to.equal(2);
    expect(kept!.nextAttemptAt - Date.now()).to.be.greaterThan(60_000); // 2nd backoff step: 120 s
    expect(await queue.drain()).to.deep.equal([]); // not due yet
    const second = await queue.drain({ all: true });
    expect(second[0]?.kind).to.equal('delivered');
    expect(queue.list()).to.deep.equal([]);
    expect((await log()).map((l) => l.key)).to.deep.equal(['flaky-001', 'flaky-001']);
  });

  it('drops an item the receiver refuses for good, and tells listeners', async () => {
    const heard: string[] = [];
    queue.subscribe((i, outcome) => heard.push(`${i.id}:${outcome.kind}`));
    queue.save(item('refused-1', q('status/422')));
    await queue.drain();
    expect(queue.list()).to.deep.equal([]);
    expect(heard).to.deep.equal(['refused-1:rejected']);
  });

  it('keeps a saved item that a captive portal, a proxy’s page or a firewall’s page answers, and tries again later', async () => {
    queue.save(item('portal-03', q('portal')));
    queue.save(item('portal-04', q('html200')));
    queue.save(item('portal-05', q('html403')));
    const heard: string[] = [];
    queue.subscribe((i, outcome) => heard.push(`${i.id}:${outcome.kind}`));
    const outcomes = await queue.drain();
    // Kept, so still on its way: the form that queued it must not hear "refused" and show the answers again.
    expect(outcomes.map((o) => o.kind)).to.deep.equal(['failed', 'failed', 'failed']);
    expect(heard).to.deep.equal(['portal-03:failed', 'portal-04:failed', 'portal-05:failed']);
    const kept = queue.list();
    expect(kept.map((i) => i.id)).to.deep.equal(['portal-03', 'portal-04', 'portal-05']);
    for (const i of kept) expect(i.nextAttemptAt, i.id).to.be.greaterThan(Date.now());
  });

  it('waits as long as Retry-After says after a 429', async () => {
    queue.save(item('limited-1', q('status/429')));
    await queue.drain();
    const wait = queue.list()[0]!.nextAttemptAt - Date.now();
    expect(wait).to.be.within(5000, 7000);
  });

  it('never sends the same item twice at once', async () => {
    queue.save(item('once-0001', q('status/201')));
    const [a, b] = await Promise.all([queue.drain(), queue.drain({ all: true })]);
    expect(a.length + b.length).to.equal(1);
    expect((await log()).length).to.equal(1);
  });

  it('delivers on start (the next page load, due or not) and on the online event', async () => {
    queue.save(item('load-0001', q('status/201'), { nextAttemptAt: Date.now() + 3_600_000 }));
    queue.start();
    await waitFor(() => queue.list().length === 0, 'delivered on start');
    queue.save(item('online-01', q('status/201'), { nextAttemptAt: Date.now() + 3_600_000 }));
    // Not due, so not sent: a drain (what the retry timer runs) leaves it, and only the first reached the server.
    expect(await queue.drain()).to.deep.equal([]);
    expect(queue.list().length).to.equal(1);
    expect((await log()).map((l) => l.key)).to.deep.equal(['load-0001']);
    window.dispatchEvent(new Event('online'));
    await waitFor(() => queue.list().length === 0, 'delivered on online');
    expect((await log()).map((l) => l.key)).to.deep.equal(['load-0001', 'online-01']);
  });

  it('retries on its own timer when an item falls due', async () => {
    const fast = new PendingSubmissionQueue({ key: KEY, backoff: { baseMs: 30, random: 0.5 } });
    fast.save(item('timer-001', q('flaky')));
    fast.start();
    await waitFor(() => fast.list().length === 0, 'delivered by the retry timer');
    fast.stop();
    expect((await log()).map((l) => l.key)).to.deep.equal(['timer-001', 'timer-001']);
  });
});

describe('drafts (sessionStorage)', () => {
  it('saves, loads and clears; damaged entries load as nothing', () => {
    saveDraft('ctkit:test-draft', { email: 'a@b.c' });
    expect(loadDraft('ctkit:test-draft')).to.deep.equal({ email: 'a@b.c' });
    clearDraft('ctkit:test-draft');
    expect(loadDraft('ctkit:test-draft')).to.equal(undefined);
    sessionStorage.setItem('ctkit:test-draft', '[1,2]');
    expect(loadDraft('ctkit:test-draft')).to.equal(undefined);
    clearDraft('ctkit:test-draft');
  });
});
