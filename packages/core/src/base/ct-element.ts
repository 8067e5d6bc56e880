import { LitElement, type CSSResultGroup } from 'lit';
import { hostStyles } from '../styles/host.styles.js';
import { buttonStyles } from '../styles/button.styles.js';
import { LocaleController } from '../localize/locale-controller.js';
import { coreMessages } from '../localize/core-messages.js';
import { loadCatalogues, type AnyCatalogue, type Locale } from '../localize/catalogue.js';
import { onDemand, pendingWork } from '../on-demand.js';

/** Core's own part fetched on demand, once per page: the dark token set (only for `color-scheme="auto"`). */
export const coreParts = { dark: () => import('../styles/dark.styles.js') };
const pageParts = onDemand(coreParts, { dark: 'ctkit: could not load the dark colours, so this widget stays light.' });

/**
 * The base of every ctkit widget: the host reset that survives hostile page CSS, the button partial's
 * styles (every widget renders buttons), and the widget's locale (from its own `lang`, else its
 * ancestors', else the document's). A widget adds the styles of the other partials it renders
 * (fieldStyles, choicesStyles, errorSummaryStyles, notificationStyles, tagStyles), so a page does not download styles
 * for partials it never shows.
 */
export class CtElement extends LitElement {
  static override styles: CSSResultGroup = [hostStyles, buttonStyles];

  /**
   * The widget's catalogues whose Welsh is loaded on demand. Before each render in Welsh the element
   * waits for them, so a Welsh reader never sees the English flash first.
   * @internal
   */
  static catalogues: readonly AnyCatalogue[] = [];

  protected readonly i18n = new LocaleController(this);

  /**
   * Settles once the dark token set is in place, on a widget with `color-scheme="auto"` (for tests).
   * @internal
   */
  darkReady?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Opt-in dark: the partner chooses. Without the attribute the widget keeps its light surface on any page.
    if (this.getAttribute('color-scheme') === 'auto') {
      this.darkReady ??= pageParts.load('dark').then((dark) => {
        const sheet = dark?.darkStyles.styleSheet;
        const root = this.renderRoot as ShadowRoot;
        if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      });
    }
  }

  // Lit awaits the promise scheduleUpdate returns before it renders. The return type is Lit's own.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = loadCatalogues([coreMessages, ...(this.constructor as typeof CtElement).catalogues], this.locale);
    if (!pending) return super.scheduleUpdate();
    return pending.then(() => super.scheduleUpdate());
  }

  /**
   * `updateComplete` also waits for the parts on their way (every `onDemand` bound to this element) and
   * the render each brings, so a test or a host awaiting it sees the widget whole.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let work = pendingWork(this); work; work = pendingWork(this)) {
      await work;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The next render only, without waiting for parts on their way (e.g. to move focus at once). */
  protected nextRender(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /** The language the widget speaks: `en` or `cy`. */
  get locale(): Locale {
    return this.i18n.locale;
  }

  protected get coreMessages() {
    return this.i18n.messages(coreMessages);
  }

  /**
   * Fires a `ct-*` event from the element (bubbling, crossing shadow roots), then the same under each
   * older name given: a renamed event keeps its old name as a deprecated alias for a minor version at least.
   */
  fire(type: string, detail: unknown, ...aliases: string[]): void {
    for (const name of [type, ...aliases])
      this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Warns once per element and message, so a misconfigured page is told without flooding the console. */
  #warned = new Set<string>();
  protected warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }
}
