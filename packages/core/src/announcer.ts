import { LitElement, css, html } from 'lit';
import { defineElement } from './define.js';
import type { Locale } from './localize/catalogue.js';

export type Politeness = 'polite' | 'assertive';

/**
 * The page's one pair of live regions (polite and assertive), in its own shadow root at the end of
 * `<body>`, so host CSS cannot hide or show it and any widget — in any shadow root — can speak
 * through it. Each message carries the widget's language so a screen reader pronounces Welsh as Welsh.
 *
 * @tagname ct-announcer
 */
export class CtAnnouncer extends LitElement {
  static override styles = css`
    :host {
      all: initial;
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
    }
  `;

  #regions: Record<Politeness, HTMLElement | null> = { polite: null, assertive: null };

  protected override render() {
    return html`<div aria-live="polite" aria-atomic="true" data-politeness="polite"></div>
      <div aria-live="assertive" aria-atomic="true" data-politeness="assertive"></div>`;
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot;
    this.#regions = {
      polite: root.querySelector('[data-politeness="polite"]'),
      assertive: root.querySelector('[data-politeness="assertive"]'),
    };
  }

  /** The current text of a region, for tests. */
  text(politeness: Politeness = 'polite'): string {
    return this.#regions[politeness]?.textContent ?? '';
  }

  async say(message: string, politeness: Politeness, lang: Locale): Promise<void> {
    await this.updateComplete;
    const region = this.#regions[politeness];
    if (!region) return;
    // Clearing first, then writing after a tick, makes screen readers announce a repeated message.
    region.textContent = '';
    await new Promise((resolve) => setTimeout(resolve, 50));
    const span = document.createElement('span');
    span.lang = lang;
    span.textContent = message;
    region.replaceChildren(span);
  }
}

defineElement('ct-announcer', CtAnnouncer);

declare global {
  interface HTMLElementTagNameMap {
    'ct-announcer': CtAnnouncer;
  }
}

/** Finds or creates the page's announcer. */
export function getAnnouncer(): CtAnnouncer {
  // Another copy of ctkit may have registered the tag: use whatever is registered, it has `say()`.
  const existing = document.querySelector('ct-announcer');
  if (existing) return existing;
  const el = document.createElement('ct-announcer');
  document.body.append(el);
  return el;
}

/** Says `message` to assistive technology, politely unless told otherwise. */
export function announce(
  message: string,
  { politeness = 'polite', lang = 'en' }: { politeness?: Politeness; lang?: Locale } = {},
): Promise<void> {
  return getAnnouncer().say(message, politeness, lang);
}
