import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadCatalogues, messagesIn, toLocale, type Catalogue, type Locale } from './catalogue.js';

/**
 * Finds the language an element should speak: its own `lang`, else the nearest ancestor's — crossing
 * shadow roots, so a widget inside another widget follows it — else the document's.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang;
}

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: a `lang` change anywhere re-checks every widget. */
function watchLangChanges() {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const c of controllers) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives a Lit element its locale and a translator for its catalogue(s); re-renders the host when the
 * language changes.
 */
export class LocaleController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #locale: Locale = 'en';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  hostConnected(): void {
    controllers.add(this);
    watchLangChanges();
    this.#locale = toLocale(resolveLang(this.#host));
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the language; a change re-renders the host. */
  refresh(): void {
    const next = toLocale(resolveLang(this.#host));
    if (next !== this.#locale) {
      this.#locale = next;
      this.#host.requestUpdate();
    }
  }

  /**
   * Returns the messages of `catalogue` in the current locale. A translation not yet loaded gives the
   * English and is fetched, and the host re-renders when it arrives (CtElement waits for the catalogues
   * it declares before rendering, so this is a safety net).
   */
  messages<T extends object>(catalogue: Catalogue<T>): T {
    const pending = loadCatalogues([catalogue], this.#locale);
    if (pending) {
      void pending.then(() => {
        this.#host.requestUpdate();
      });
    }
    return messagesIn(catalogue, this.#locale);
  }
}
