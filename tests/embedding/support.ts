import { waitFor } from '../support/helpers.js';

export type PageMode = 'plain' | 'hostile' | 'csp' | 'csp-cy' | 'csp-two-copies' | 'chunks-fail';

/** Opens an embedding test page in an iframe of the test page; `scripts: false` is a browser without JavaScript. */
export async function openPage(mode: PageMode, { scripts = true, width = 1024 } = {}): Promise<HTMLIFrameElement> {
  // A partner page is a first visit: the runner may reuse this tab after another test file, and a same-origin
  // frame shares its sessionStorage (a sign-up draft left there would be restored into the form).
  sessionStorage.clear();
  const frame = document.createElement('iframe');
  frame.title = `Partner page (${mode})`;
  frame.width = String(width);
  frame.height = '800';
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = `/embed-pages/${mode}.html`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The ctkit widgets on a page (the announcer is infrastructure, not a widget). */
export function widgetsIn(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.localName.startsWith('ct-') && el.localName !== 'ct-announcer',
  );
}

/** Waits until every widget on the page is defined and has rendered something into its shadow root. */
export async function widgetsReady(frame: HTMLIFrameElement): Promise<HTMLElement[]> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  const widgets = widgetsIn(doc);
  await waitFor(() => widgets.every((w) => win.customElements.get(w.localName)), 'every widget is defined');
  await Promise.all(
    widgets.map((w) => (w as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()),
  );
  await waitFor(() => widgets.every((w) => (w.shadowRoot?.childElementCount ?? 0) > 0), 'every widget rendered');
  return widgets;
}

/** The element focused inside shadow roots, followed all the way down. */
export function deepActive(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Waits until no widget is still loading (no loading status in any shadow root) and every widget's
 * `updateComplete` (which waits for parts on their way) has settled, then one more task, so that what
 * the page reports as a task (a CSP violation, an error) has been reported. A state, not a guessed delay.
 */
export async function widgetsSettled(widgets: HTMLElement[]): Promise<void> {
  await waitFor(
    () => widgets.every((w) => !w.shadowRoot?.querySelector('.ct-feed-state[role="status"]')),
    'no widget is still loading',
  );
  await Promise.all(
    widgets.map((w) => (w as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()),
  );
  await new Promise((resolve) => setTimeout(resolve));
}
