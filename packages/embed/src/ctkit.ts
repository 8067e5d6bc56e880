/**
 * The one-script-tag bundle: `<script type="module" src=".../ctkit.js"></script>` registers every ctkit
 * widget. Each registration is guarded (`defineElement`), so loading this twice throws nothing.
 * Widgets join this list as they are built.
 */
import { CtAnnouncer, defineElement } from '@ctkit/core';

defineElement('ct-announcer', CtAnnouncer);
import '@ctkit/event-card';
import '@ctkit/event-list';

/**
 * Widgets fetched as a chunk of their own (from the folder of ctkit.js) only when their tag is on the
 * page, to keep the entry within its size budget. Until the chunk arrives — or if it never does —
 * the element's light-DOM fallback (e.g. the sign-up form's plain `<form>`) is what the reader sees.
 */
const lazyWidgets = new Map<string, () => Promise<unknown>>([['ct-sign-up-form', () => import('@ctkit/sign-up-form')]]);

function loadWidgetsIn(root: Document | Element): void {
  for (const [tag, load] of lazyWidgets) {
    if (customElements.get(tag)) {
      lazyWidgets.delete(tag);
    } else if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
      lazyWidgets.delete(tag);
      load().catch((error: unknown) => {
        console.warn(`ctkit: could not load <${tag}>; its fallback content stays in place.`, error);
      });
    }
  }
  if (!lazyWidgets.size) lazyObserver.disconnect();
}

const lazyObserver = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) loadWidgetsIn(node);
  }
});
lazyObserver.observe(document, { childList: true, subtree: true });
loadWidgetsIn(document);
