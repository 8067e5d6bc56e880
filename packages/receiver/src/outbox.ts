import type { ReceiverConfig } from './config.js';
import type { Store } from './db.js';

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

/**
 * A failed delivery. `refused`: the provider said no to this sign-up (its data), so retrying it alone will not
 * help. Otherwise it is the provider's problem (down, rate limit, API key refused) and every sign-up would fail
 * alike. `retryAfterMs`: the provider said when to come back.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly refused: boolean,
    readonly retryAfterMs?: number,
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
export function buttondownAdapter(
  config: Pick<ReceiverConfig, 'providerUrl' | 'providerKey'>,
  fetchImpl: typeof fetch = fetch,
): Adapter {
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
          // A redirect is not the provider's yes: followed, a 301/302/303 turns the POST into a GET, whose 200
          // would mark the sign-up delivered when the subscriber was never created.
          redirect: 'manual',
        });
      } catch (error) {
        throw new DeliveryError(`network: ${(error as Error).message}`, false);
      }
      const text = await response.text().catch(() => '');
      const { status } = response;
      // Only the provider's own 2xx.
      if (status >= 200 && status < 300) return;
      // Only Buttondown's own "already subscribed" code: any other 400 (even one saying "exists") is not a yes.
      const code = errorCode(text);
      if ((status === 400 || status === 409) && code === 'email_already_exists') return;
      const hint =
        status === 401 || status === 403
          ? ' (the API key was refused: check BUTTONDOWN_API_KEY)'
          : status >= 300 && status < 400
            ? ' (a redirect, not followed: check PROVIDER_URL)'
            : '';
      const retryAfter = Number(response.headers.get('retry-after'));
      // 400/409/413/422 are about this subscriber's data; 3xx and 404 (URL), 401/403 (key), 429 and 5xx are not.
      const refused = status === 400 || status === 409 || status === 413 || status === 422;
      // The status and the provider's error code only: its words can quote the address, and this message is logged
      // and kept in outbox.last_error.
      throw new DeliveryError(
        `HTTP ${status}${code ? ` (${code})` : ''}${hint}`,
        refused,
        retryAfter > 0 ? retryAfter * 1000 : undefined,
      );
    },
  };
}

/** The `code` of a JSON error answer, if any: an identifier such as `email_invalid`, never free text. */
function errorCode(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    const code =
      body && typeof body === 'object' && 'code' in body && typeof body.code === 'string' ? body.code : undefined;
    return code && /^[a-z0-9_]{1,60}$/.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

export function adapterFor(config: ReceiverConfig): Adapter | null {
  if (config.adapter === 'buttondown') return buttondownAdapter(config);
  return null;
}

/** After this many refusals (400/422) an item is marked failed for a person to look at (`outbox retry-failed`). */
const MAX_PERMANENT_ATTEMPTS = 5;
/** Items one instance takes at a time: with the provider's 10-second timeout, well inside the lease. */
const BATCH = 20;

export interface OutboxWorker {
  /** Delivers what is due now; resolves with how many were delivered. */
  runOnce(now?: number): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Delivers the outbox, oldest first, from any number of instances: each takes a batch of due items under a lease
 * (Store.claimDue), so no two instances send the same sign-up, and an instance that dies loses its lease and
 * another sends its items. A refusal of one sign-up is retried with exponential backoff (capped, with jitter) and
 * marked failed after a few. Any other failure is the provider's problem: this instance pauses with backoff, using
 * up no sign-up's attempts, so an outage or a rotated API key delays sign-ups but loses none. An item is marked
 * delivered only after the provider said yes.
 */
export function startOutboxWorker(
  store: Store,
  adapter: Adapter,
  config: Pick<ReceiverConfig, 'outboxIntervalMs' | 'retryBaseMs' | 'retryMaxMs' | 'outboxLeaseMs'>,
  {
    autoStart = true,
    log = (message: string) => {
      console.error(message);
    },
  }: { autoStart?: boolean; log?: (message: string) => void } = {},
): OutboxWorker {
  const backoff = (n: number) =>
    Math.min(config.retryBaseMs * 2 ** (n - 1), config.retryMaxMs) * (0.5 + Math.random() / 2);
  // The provider's problem, for this instance: how many runs in a row it lasted, and when to try again.
  let providerFailures = 0;
  let pausedUntil = 0;

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | null = null;

  async function drain(now = Date.now()): Promise<number> {
    let count = 0;
    if (now < pausedUntil) return 0;
    const claimed = await store.claimDue(adapter.name, now, BATCH, config.outboxLeaseMs);
    let next = 0;
    try {
      for (const row of claimed) {
        if (stopped) break;
        next += 1; // handled from here on, whatever happens: not given back below
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
        } catch (error) {
          const message = (error instanceof Error ? error.message : 'unknown error').slice(0, 500);
          if (error instanceof DeliveryError && error.refused) {
            const attempts = row.attempts + 1;
            const failedAt = attempts >= MAX_PERMANENT_ATTEMPTS ? new Date().toISOString() : null;
            await store.markRefused(row.id, attempts, Date.now() + Math.round(backoff(attempts)), message, failedAt);
            continue;
          }
          // Every other item would fail alike: stop this run, leave the item's attempts alone, and say so once.
          providerFailures += 1;
          if (providerFailures === 1) {
            log(
              `outbox: ${adapter.name} is not accepting sign-ups (${message}). They wait in the outbox and are retried with backoff; none is marked failed.`,
            );
          }
          pausedUntil =
            Date.now() +
            Math.round(
              error instanceof DeliveryError && error.retryAfterMs
                ? Math.min(error.retryAfterMs, config.retryMaxMs)
                : backoff(providerFailures),
            );
          // The item also goes to the back of the line: if its failure was its own after all, it cannot hold
          // up everyone behind it run after run.
          await store.noteProviderFailure(row.id, message, pausedUntil);
          break;
        }
        await store.markDelivered(row.id);
        count += 1;
        if (providerFailures) log(`outbox: ${adapter.name} accepts sign-ups again; delivering the outbox.`);
        providerFailures = 0;
      }
    } finally {
      // What this instance took but will not send now is given back at once, not when the lease runs out.
      await store.release(claimed.slice(next));
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
