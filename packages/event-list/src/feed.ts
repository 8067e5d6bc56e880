/**
 * Loading an events feed: JSON (an array of events, a schema.org ItemList) or iCalendar (.ics). Feeds
 * come from other people's servers, so a load has a time limit and a size cap, and every failure has a
 * reason the list can explain. ical.js is loaded only when a feed turns out to be iCalendar.
 */
import { BodyTooLargeError, onDemand, eventsFromJson, readCapped, type EventInput } from '@ctkit/core';

/** ical.js and our reader: one chunk, fetched (once per page, see onDemand in core) only for iCalendar feeds. */
export const lazyParts = { ics: () => import('./ics-feed.js') };
const parts = onDemand(lazyParts);

/** Why a feed could not be used; the list turns each reason into a clear message. */
export type FeedErrorReason = 'timeout' | 'too-big' | 'http' | 'network' | 'format';

export class FeedError extends Error {
  constructor(
    readonly reason: FeedErrorReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

export interface LoadOptions {
  /** Milliseconds before giving up. */
  timeout: number;
  /** Largest feed accepted, in bytes. */
  maxBytes: number;
  /** Recurring events are expanded between these instants. */
  window: { start: Date; end: Date };
  /** Called as bytes arrive: (received, total or undefined). */
  onProgress?: (received: number, total: number | undefined) => void;
  signal?: AbortSignal;
  /** Bypass the HTTP cache ("Try again" must not get the cached failure). */
  reload?: boolean;
}

/** Fetches and reads a feed. Rejects with a FeedError. */
export async function loadFeed(src: string, o: LoadOptions): Promise<EventInput[]> {
  const controller = new AbortController();
  const timing = { timedOut: false };
  const timer = setTimeout(() => {
    timing.timedOut = true;
    controller.abort();
  }, o.timeout);
  const onAbort = () => {
    controller.abort();
  };
  o.signal?.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await fetch(src, {
        signal: controller.signal,
        credentials: 'omit',
        cache: o.reload ? 'reload' : 'default',
        headers: { accept: 'application/ld+json, application/json, text/calendar' },
      });
    } catch (error) {
      if (timing.timedOut) throw new FeedError('timeout', `no answer within ${o.timeout} ms`);
      throw new FeedError('network', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new FeedError('http', `the server answered ${response.status}`, response.status);
    let text: string;
    try {
      text = await readCapped(response, o.maxBytes, o.onProgress);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        controller.abort();
        throw new FeedError(
          'too-big',
          error.declared === undefined
            ? `the feed is over ${o.maxBytes} bytes`
            : `the feed is ${error.declared} bytes; the limit is ${o.maxBytes}`,
        );
      }
      if (timing.timedOut) throw new FeedError('timeout', `no complete answer within ${o.timeout} ms`);
      throw new FeedError('network', error instanceof Error ? error.message : String(error));
    }
    const type = response.headers.get('content-type') ?? '';
    return await parseFeedText(text, type, o.window);
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}

/** Reads feed text as iCalendar (when it says so, or starts BEGIN:VCALENDAR) or JSON. */
export async function parseFeedText(
  text: string,
  contentType: string,
  window: LoadOptions['window'],
): Promise<EventInput[]> {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/text\/calendar/i.test(contentType) || /^BEGIN:VCALENDAR/i.test(trimmed)) {
    const reader = await parts.load('ics');
    if (!reader) throw new FeedError('network', 'no iCalendar reader');
    try {
      return reader.parseIcs(trimmed, window);
    } catch (error) {
      throw new FeedError('format', error instanceof Error ? error.message : String(error));
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    throw new FeedError('format', 'the feed is neither JSON nor iCalendar');
  }
  const events = eventsFromJson(data);
  if (!events) throw new FeedError('format', 'the JSON is not a list of events (an array, or a schema.org ItemList)');
  return events as EventInput[];
}
