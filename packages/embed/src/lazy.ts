/**
 * Registers a widget lazily: its chunk is fetched the first time its tag is in the document (now, or
 * added later), so pages without it do not pay for it. The element upgrades when the chunk has run.
 * A widget rendered inside another widget's shadow root is not seen here: that widget imports it.
 */
export function lazyDefine(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag)) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    load().catch((error: unknown) => {
      console.error(`ctkit: could not load <${tag}>`, error);
    });
  };
  const observer = new MutationObserver(() => {
    if (document.querySelector(tag)) start();
  });
  if (document.querySelector(tag)) start();
  else observer.observe(document.documentElement, { childList: true, subtree: true });
}
