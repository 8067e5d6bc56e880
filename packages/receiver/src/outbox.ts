import type { ReceiverConfig } from './config.js';
import type { Db, SignUpProfileRow } from './db.js';

/**
 * What a mailing provider receives: the email, the list and the profile answers. Never access needs,
 * never equality answers — those tables are not even read here.
 */
export interface Forwardable {
  email: string;
  list: string;
  eventId: string | null;
  name: string | null;
  organisation: string | null;
  memberType: string | null;
  communityType: string | null;
  region: string | null;
  experience: string | null;
  interests: string[];
  locale: string;
  pageUrl: string | null;
}

/** A failed delivery. `permanent`: the provider refused this sign-up (4xx), retrying will not help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface Adapter {
  readonly name: string;
  /** Resolves when the provider has the subscriber; throws DeliveryError otherwise. */
  deliver(item: Forwardable): Promise<void>;
}

/**
 * Buttondown's subscriber API (POST /v1/subscribers). The list and the event become tags; profile answers
 * go in metadata. Without a `type`, Buttondown applies the newsletter's own opt-in (double opt-in sends
 * the confirmation email). A subscriber who already exists counts as delivered.
 */
export function buttondownAdapter(config: Pick<ReceiverConfig, 'providerUrl' | 'providerKey'>, fetchImpl: typeof fetch = fetch): Adapter {
  return {
    name: 'buttondown',
    async deliver(item) {
      const metadata: Record<string, string> = { locale: item.locale };
      for (const key of ['name', 'organisation', 'memberType', 'communityType', 'region', 'experience'] as const) {
        const v = item[key];
        if (v) metadata[key] = v;
      }
      if (item.interests.length) metadata.interests = item.interests.join(',');
      const body = {
        email_address: item.email,
        tags: [item.list, ...(item.eventId ? [`event:${item.eventId}`] : [])],
        metadata,
        ...(item.pageUrl ? { referrer_url: item.pageUrl } : {}),
      };
      let response: Response;
      try {
        response = await fetchImpl(`${config.providerUrl}/subscribers`, {
          method: 'POST',
          headers: { authorization: `Token ${config.providerKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        throw new DeliveryError(`network: ${(error as Error).message}`, false);
      }
      const text = await response.text().catch(() => '');
      if (response.ok) return;
      if (response.status === 400 || response.status === 409) {
        if (/already|exists/i.test(text)) return;
      }
      const permanent = response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429;
      throw new DeliveryError(`HTTP ${response.status}: ${text.slice(0, 200)}`, permanent);
    },
  };
}

export function adapterFor(config: ReceiverConfig): Adapter | null {
  if (config.adapter === 'buttondown') return buttondownAdapter(config);
  return null;
}

interface OutboxRow extends SignUpProfileRow {
  id: number;
  attempts: number;
  list: string;
}

/** After this many refusals (4xx) an item is marked failed and left for a person to look at. */
const MAX_PERMANENT_ATTEMPTS = 5;

export interface OutboxWorker {
  /** Delivers what is due now; resolves with how many were delivered. */
  runOnce(now?: number): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Delivers the outbox one item at a time, oldest first. A failure is retried with exponential backoff
 * (capped, with jitter), so a provider outage delays sign-ups but loses none. An item is marked delivered
 * only after the provider said yes.
 */
export function startOutboxWorker(db: Db, adapter: Adapter, config: Pick<ReceiverConfig, 'outboxIntervalMs' | 'retryBaseMs' | 'retryMaxMs'>, { autoStart = true } = {}): OutboxWorker {
  const due = db.prepare<[number, string], OutboxRow>(`
    SELECT o.id, o.attempts, s.email, s.list, s.event_id, s.name, s.organisation, s.member_type, s.community_type, s.region,
           s.experience, s.interests, s.locale, s.page_url
    FROM outbox o JOIN sign_ups s ON s.id = o.sign_up_id
    WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= ? AND o.adapter = ?
    ORDER BY o.next_attempt_at, o.id LIMIT 100`);
  const delivered = db.prepare('UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?');
  const retry = db.prepare('UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?, failed_at = ? WHERE id = ?');

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | null = null;

  async function drain(now = Date.now()): Promise<number> {
    let count = 0;
    for (const row of due.all(now, adapter.name)) {
      if (stopped) break;
      const item: Forwardable = {
        email: row.email,
        list: row.list,
        eventId: row.event_id,
        name: row.name,
        organisation: row.organisation,
        memberType: row.member_type,
        communityType: row.community_type,
        region: row.region,
        experience: row.experience,
        interests: row.interests ? (JSON.parse(row.interests) as string[]) : [],
        locale: row.locale,
        pageUrl: row.page_url,
      };
      try {
        await adapter.deliver(item);
        delivered.run(new Date().toISOString(), row.id);
        count += 1;
      } catch (error) {
        const attempts = row.attempts + 1;
        const permanent = error instanceof DeliveryError && error.permanent;
        const backoff = Math.min(config.retryBaseMs * 2 ** (attempts - 1), config.retryMaxMs) * (0.5 + Math.random() / 2);
        const failedAt = permanent && attempts >= MAX_PERMANENT_ATTEMPTS ? new Date().toISOString() : null;
        retry.run(attempts, Date.now() + Math.round(backoff), (error instanceof Error ? error.message : 'unknown error').slice(0, 500), failedAt, row.id);
      }
    }
    return count;
  }

  function runOnce(now?: number): Promise<number> {
    running ??= drain(now).finally(() => {
      running = null;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce()
        .catch(() => undefined)
        .finally(schedule);
    }, config.outboxIntervalMs);
    timer.unref();
  }
  if (autoStart) schedule();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
