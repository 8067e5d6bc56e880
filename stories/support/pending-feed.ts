/**
 * A feed address that never answers, so a story can show a widget's loading state: Storybook serves only
 * static files, none of them slow. Requests for any other address go to the real fetch untouched; the
 * pending one ends only when the widget aborts it (a new `src`, or the element leaving the page).
 */
const PENDING = '/fixtures/pending-feed.json';
let installed = false;

export function pendingFeed(): string {
  if (!installed) {
    installed = true;
    const real = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes(PENDING)) return real(input, init);
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('The story’s pending feed was aborted', 'AbortError'));
        });
      });
    };
  }
  return PENDING;
}
