/**
 * Submissions that could not be delivered yet (network failure, timeout, 5xx), kept in localStorage (an
 * entry each, `<key>/<id>`) until the receiver has them, and retried with backoff, on the `online` event
 * and on the next page load of any page with a widget that uses the queue. Each submission keeps its id for life: it is
 * sent as the `Idempotency-Key` header every time, so the receiver stores it exactly once.
 *
 * Stored items are deleted as soon as they are delivered (or refused for good). Nothing else is kept.
 */

/** One queued POST. `body` is sent as JSON. */
export interface PendingSubmission {
  /** The submission id, also the `Idempotency-Key`. */
  id: string;
  url: string;
  body: unknown;
  /** Extra request headers, e.g. `Accept-Language`. */
  headers?: Record<string, string>;
  /** Attempts made so far (the first, live one included). */
  attempts: number;
  /** Epoch ms before which the queue will not retry (except on `online` or an explicit drain). */
  nextAttemptAt: number;
  createdAt: number;
}

/** What came of one POST. */
export type DeliveryOutcome =
  /** 2xx. `body` is the parsed JSON answer, or null. */
  | { kind: 'delivered'; status: number; body: unknown }
  /** A 4xx other than 408/429: sending it again unchanged cannot succeed. */
  | { kind: 'rejected'; status: number; body: unknown }
  /** 429: try again after `retryAfterMs`. */
  | { kind: 'rate-limited'; status: number; retryAfterMs: number }
  /**
   * Network failure, timeout, 408 or 5xx — or `not-receiver`: an answer that is not the receiver's JSON (a
   * redirect, or a 2xx page from a captive portal or proxy), which says nothing about the submission.
   * Worth retrying.
   */
  | { kind: 'failed'; reason: 'network' | 'timeout' | 'server' | 'not-receiver'; status?: number };

export interface PostOptions {
  idempotencyKey: string;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

/** Parses `Retry-After` (seconds, or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** The receiver answers with a JSON object; a captive portal, proxy or firewall page is something else. */
function isReceiverBody(body: unknown): boolean {
  return body !== null && typeof body === 'object';
}

function fromReceiver(response: Response, body: unknown): boolean {
  return /\bjson\b/i.test(response.headers.get('Content-Type') ?? '') && isReceiverBody(body);
}

/** POSTs `body` as JSON with an `Idempotency-Key` header and sorts the answer into a `DeliveryOutcome`. */
export async function postJson(url: string, body: unknown, o: PostOptions): Promise<DeliveryOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...o.headers,
        'Idempotency-Key': o.idempotencyKey,
      },
      body: JSON.stringify(body),
      credentials: 'omit',
      // A redirect is not the receiver's answer (captive portals redirect to their login page): it is
      // reported as such instead of being followed to a page whose 200 would read as "delivered".
      redirect: 'manual',
      signal: AbortSignal.timeout(o.timeoutMs ?? 15_000),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { kind: 'failed', reason: timedOut ? 'timeout' : 'network' };
  }
  const { status } = response;
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400))
    return { kind: 'failed', reason: 'not-receiver', status };
  if (status >= 200 && status < 300) {
    const body = await readJson(response);
    return fromReceiver(response, body)
      ? { kind: 'delivered', status, body }
      : { kind: 'failed', reason: 'not-receiver', status };
  }
  if (status === 429) {
    await readJson(response);
    return {
      kind: 'rate-limited',
      status,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')) ?? 60_000,
    };
  }
  if (status === 408 || status >= 500) {
    await readJson(response);
    return { kind: 'failed', reason: 'server', status };
  }
  return { kind: 'rejected', status, body: await readJson(response) };
}

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** 0–1; defaults to Math.random. Spreads retries so many browsers do not return at once. */
  random?: number;
}

/** Exponential backoff with jitter: base · 2^(attempts − 1), capped, ±20 %. */
export function backoffDelay(
  attempts: number,
  { baseMs = 5_000, maxMs = 10 * 60_000, random = Math.random() }: BackoffOptions = {},
): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.8 + 0.4 * random));
}

export type QueueListener = (item: PendingSubmission, outcome: DeliveryOutcome) => void;

export interface QueueOptions {
  /** localStorage key. */
  key?: string;
  storage?: Storage;
  backoff?: BackoffOptions;
  timeoutMs?: number;
  /**
   * How long an undelivered item may stay in the browser (default 30 days, the receiver's own limit for
   * access needs). A sign-up holds personal data — access needs, equality answers — in storage any
   * script of the partner's site can read, so it is not kept for ever when the receiver never answers.
   */
  maxAgeMs?: number;
}

/**
 * The page's queue of pending submissions. Every widget instance shares one queue per storage key; the
 * ids in flight are tracked so two triggers (a timer and `online`) never send the same item at once.
 */
export class PendingSubmissionQueue {
  readonly key: string;
  #storage: Storage | undefined;
  #backoff: BackoffOptions;
  #timeoutMs: number;
  #maxAgeMs: number;
  #inFlight = new Set<string>();
  #listeners = new Set<QueueListener>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;
  #onOnline = () => void this.drain({ all: true });

  constructor({
    key = 'ctkit:pending-submissions',
    storage,
    backoff = {},
    timeoutMs = 15_000,
    maxAgeMs = 30 * 24 * 60 * 60_000,
  }: QueueOptions = {}) {
    this.key = key;
    this.#maxAgeMs = maxAgeMs;
    this.#storage = storage;
    this.#backoff = backoff;
    this.#timeoutMs = timeoutMs;
  }

  get #store(): Storage | undefined {
    if (this.#storage) return this.#storage;
    try {
      return window.localStorage;
    } catch {
      return undefined; // blocked storage (privacy settings): the queue is then empty and saving fails
    }
  }

  // Each item has an entry of its own, `<key>/<id>`: two tabs saving or deleting different items never
  // touch the same entry. (One shared list, read and written back whole, lost items when two tabs wrote
  // at once.) The list an earlier version kept under the bare key is moved into entries on first read.
  #entry(id: string): string {
    return `${this.key}/${id}`;
  }

  #migrate(store: Storage): void {
    const legacy = store.getItem(this.key);
    if (legacy === null) return;
    let items: unknown = [];
    try {
      items = JSON.parse(legacy);
    } catch {
      // damaged: nothing to move
    }
    const left: PendingSubmission[] = [];
    for (const item of Array.isArray(items) ? items : []) {
      if (!isItem(item) || store.getItem(this.#entry(item.id)) !== null) continue;
      try {
        store.setItem(this.#entry(item.id), JSON.stringify(item));
      } catch {
        left.push(item); // storage full: it stays in the old list until it can be moved
      }
    }
    // Only what could not be moved stays behind, so a moved item, once delivered, never comes back.
    if (left.length) store.setItem(this.key, JSON.stringify(left));
    else store.removeItem(this.key);
  }

  /** Every stored item, oldest first. A damaged entry is skipped, never an exception. */
  list(): PendingSubmission[] {
    const store = this.#store;
    if (!store) return [];
    const items: PendingSubmission[] = [];
    try {
      this.#migrate(store);
      const prefix = `${this.key}/`;
      const names: string[] = [];
      for (let i = 0; i < store.length; i++) {
        const name = store.key(i);
        if (name?.startsWith(prefix)) names.push(name);
      }
      for (const name of names) {
        try {
          const item = JSON.parse(store.getItem(name) ?? 'null') as unknown;
          if (!isItem(item)) continue;
          if (Date.now() - item.createdAt > this.#maxAgeMs) {
            store.removeItem(name);
            console.warn(
              `ctkit: a submission to ${item.url} could not be delivered in ${String(Math.round(this.#maxAgeMs / 86_400_000))} days and has been deleted from this browser.`,
            );
            continue;
          }
          items.push(item);
        } catch {
          // a damaged entry: skipped
        }
      }
    } catch {
      return [];
    }
    return items.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  /** Adds or replaces an item. Returns false when the browser would not store it. */
  save(item: PendingSubmission): boolean {
    try {
      const store = this.#store;
      if (!store) return false;
      store.setItem(this.#entry(item.id), JSON.stringify(item));
      return true;
    } catch {
      return false; // quota exceeded or storage blocked
    }
  }

  remove(id: string): void {
    try {
      this.#store?.removeItem(this.#entry(id));
    } catch {
      // storage blocked: nothing was stored
    }
  }

  has(id: string): boolean {
    try {
      return (this.#store?.getItem(this.#entry(id)) ?? null) !== null;
    } catch {
      return false;
    }
  }

  /** Hears the outcome of every delivery attempt the queue makes. Returns an unsubscribe function. */
  subscribe(listener: QueueListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sends one item now and keeps it, reschedules it or deletes it according to the answer. Used for
   * the first, live attempt too, so that it shares the in-flight guard with the retries.
   * Returns undefined when the item is already being sent. `timeoutMs` overrides the queue's timeout.
   */
  async send(
    item: PendingSubmission,
    { timeoutMs = this.#timeoutMs }: { timeoutMs?: number } = {},
  ): Promise<DeliveryOutcome | undefined> {
    if (this.#inFlight.has(item.id)) return undefined;
    this.#inFlight.add(item.id);
    try {
      const outcome = await postJson(item.url, item.body, {
        idempotencyKey: item.id,
        timeoutMs,
        ...(item.headers ? { headers: item.headers } : {}),
      });
      const attempts = item.attempts + 1;
      // A retry refused by something that is not the receiver (a firewall's or proxy's page, no JSON) is
      // kept and tried again: only the receiver's own refusal is final for a saved submission.
      const refusedByOther = outcome.kind === 'rejected' && item.attempts > 0 && !isReceiverBody(outcome.body);
      if (outcome.kind === 'delivered' || (outcome.kind === 'rejected' && !refusedByOther)) {
        this.remove(item.id);
        if (outcome.kind === 'rejected' && item.attempts > 0) {
          console.warn(
            `ctkit: a saved submission was refused by ${item.url} (HTTP ${outcome.status}) on retry and has been deleted.`,
          );
        }
      } else if (this.has(item.id)) {
        const wait = outcome.kind === 'rate-limited' ? outcome.retryAfterMs : backoffDelay(attempts, this.#backoff);
        this.save({ ...item, attempts, nextAttemptAt: Date.now() + wait });
      }
      // A kept item is still on its way: listeners (the form that queued it) hear "failed", not "rejected".
      const heard: DeliveryOutcome = refusedByOther
        ? { kind: 'failed', reason: 'not-receiver', status: outcome.status }
        : outcome;
      for (const listener of this.#listeners) listener({ ...item, attempts }, heard);
      return heard;
    } finally {
      this.#inFlight.delete(item.id);
      this.#schedule();
    }
  }

  /** Sends every due item (every item when `all`, as on `online`), one after another. */
  async drain({ all = false }: { all?: boolean } = {}): Promise<DeliveryOutcome[]> {
    const now = Date.now();
    const outcomes: DeliveryOutcome[] = [];
    for (const item of this.list()) {
      if (!all && item.nextAttemptAt > now) continue;
      const outcome = await this.send(item);
      if (outcome) outcomes.push(outcome);
    }
    this.#schedule();
    return outcomes;
  }

  /**
   * Starts retrying: at once, every item (this is a new page load, so whatever an earlier page left is
   * sent now, due or not), then on `online` and whenever the next item falls due. Idempotent.
   */
  start(): void {
    if (this.#started) {
      this.#schedule();
      return;
    }
    this.#started = true;
    window.addEventListener('online', this.#onOnline);
    void this.drain({ all: true });
  }

  /** Stops the timer and the `online` listener (tests; a page never needs to). */
  stop(): void {
    this.#started = false;
    window.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#started) return;
    const items = this.list().filter((i) => !this.#inFlight.has(i.id));
    if (!items.length) return;
    const next = Math.min(...items.map((i) => i.nextAttemptAt));
    // setTimeout's limit is 2^31 − 1 ms; a later retry is picked up by a later timer or page load.
    const delay = Math.min(Math.max(0, next - Date.now()), 2 ** 31 - 1);
    this.#timer = setTimeout(() => void this.drain(), delay);
  }
}

function isItem(value: unknown): value is PendingSubmission {
  const item = value as Partial<PendingSubmission> | null;
  return typeof item?.id === 'string' && typeof item.url === 'string';
}

const queues = new Map<string, PendingSubmissionQueue>();

/** The page's shared queue for a storage key (one per key, whichever widget asks first). */
export function pendingSubmissions(key = 'ctkit:pending-submissions'): PendingSubmissionQueue {
  let queue = queues.get(key);
  if (!queue) {
    queue = new PendingSubmissionQueue({ key });
    queues.set(key, queue);
  }
  return queue;
}

/** A random id for a submission: 22 URL-safe characters (128 bits), without needing a secure context. */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
