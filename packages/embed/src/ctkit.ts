/**
 * The one-script-tag bundle: `<script type="module" src=".../ctkit.js"></script>` registers every ctkit
 * widget. Each registration is guarded (`defineElement`), so loading this twice throws nothing.
 * Widgets join this list as they are built.
 */
import { CtAnnouncer, defineElement } from '@ctkit/core';

defineElement('ct-announcer', CtAnnouncer);

/**
 * Widgets too big to load on every page: each is a separate chunk (next to ctkit.js), fetched only when
 * its tag appears in the document — at load or later.
 */
const lazyWidgets: Record<string, () => Promise<unknown>> = {
  'ct-community-map': () => import('@ctkit/community-map'),
};

const pending = new Map(Object.entries(lazyWidgets));

function loadWidgetsIn(root: ParentNode): void {
  for (const [tag, load] of pending) {
    if (customElements.get(tag)) {
      pending.delete(tag);
    } else if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
      pending.delete(tag);
      load().catch((error: unknown) => {
        console.error(`ctkit: could not load <${tag}>`, error);
        pending.set(tag, load);
      });
    }
  }
}

loadWidgetsIn(document);
if (pending.size) {
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadWidgetsIn(node);
    if (!pending.size) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
