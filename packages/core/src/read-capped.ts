/** A response body refused for its size, before or while it was read. */
export class BodyTooLargeError extends Error {
  constructor(
    readonly limit: number,
    /** The size the server declared (Content-Length), when that alone was over the limit. */
    readonly declared?: number,
  ) {
    super(
      declared === undefined
        ? `the body is over ${limit} bytes`
        : `the body is ${declared} bytes; the limit is ${limit}`,
    );
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a response body as text, refusing it as soon as it passes `maxBytes` — by its Content-Length if
 * declared, and while streaming whatever it declared — so a huge feed never fills a slow phone's memory.
 * Throws BodyTooLargeError; network errors while reading pass through for the caller to explain.
 */
export async function readCapped(
  response: Response,
  maxBytes: number,
  onProgress?: (received: number, total: number | undefined) => void,
): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
  if (total !== undefined && total > maxBytes) throw new BodyTooLargeError(maxBytes, total);
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
    onProgress?.(received, total);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
