import { html, nothing, type TemplateResult } from 'lit';
import { announce, button, choices, type Locale } from '@ctkit/core';
import { STORAGE_KEY, parseAnswers, type SavedAnswers } from './answers.js';
import type { AccessNeedsMessages } from './messages.js';

/*
 * "Remember my answers on this device": fetched only by a ct-access-needs with `remember` set, before
 * its first render (so the saved answers are there from the start), since most pages never offer it.
 */

/** localStorage, if this page may use it (it throws in some sandboxed frames and private modes). */
function deviceStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    storage.getItem(STORAGE_KEY);
    return storage;
  } catch {
    return undefined;
  }
}

function forget(): void {
  try {
    deviceStorage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored to remove.
  }
}

/** What the control gives: its element, and its answers. */
export interface RememberHost {
  readonly element: HTMLElement & {
    readonly locale: Locale;
    readonly updateComplete: Promise<boolean>;
    requestUpdate(): void;
  };
  answers(): SavedAnswers;
  /** Fills in saved answers unless the person has answered already; says whether it did. */
  fill(answers: SavedAnswers): boolean;
  warn(message: string): void;
}

/** Keeps the answers on this device once the person opts in. Reads what was saved when created. */
export class Remembered {
  #host: RememberHost;
  #on = false;
  #restored = false;

  constructor(host: RememberHost) {
    this.#host = host;
    const storage = deviceStorage();
    if (!storage) {
      host.warn('`remember` is set but this page cannot use localStorage; the option is not offered.');
      return;
    }
    const raw = storage.getItem(STORAGE_KEY);
    if (raw === null) return;
    const saved = parseAnswers(raw);
    if (!saved) {
      host.warn('The answers saved on this device were unreadable and have been removed.');
      forget();
      return;
    }
    this.#on = true;
    this.#restored = host.fill(saved) && (saved.needs.length > 0 || saved.contact);
  }

  /** After each change by the person: the saved copy follows. */
  changed(): void {
    if (!this.#on) return;
    try {
      deviceStorage()?.setItem(STORAGE_KEY, JSON.stringify({ version: 1, ...this.#host.answers() }));
    } catch {
      this.#host.warn('Your answers could not be saved on this device (storage is full or blocked).');
    }
  }

  /** The form was reset: the answers shown are no longer the saved ones. */
  reset(): void {
    this.#restored = false;
  }

  /** Under the question, so it is met before the ticked boxes: the answers were filled in from this device. */
  note(m: AccessNeedsMessages): TemplateResult | typeof nothing {
    return this.#restored ? html`<p class="ct-access-needs__restored" part="restored">${m.restored}</p>` : nothing;
  }

  /** The box to opt in, and "Forget my answers" once answers are kept; nothing where storage is blocked. */
  area(m: AccessNeedsMessages, disabled: boolean): TemplateResult | typeof nothing {
    if (!deviceStorage()) return nothing;
    const locale = this.#host.element.locale;
    return html`<div class="ct-access-needs__remember" part="remember">
      ${choices({
        locale,
        type: 'checkbox',
        id: 'an-remember',
        name: 'remember',
        legend: '',
        bare: true,
        small: true,
        items: [{ value: 'yes', label: m.remember, hint: m.rememberHint }],
        selected: this.#on ? ['yes'] : [],
        onChange: this.#onChange,
        disabled,
      })}
      ${
        this.#on
          ? html`<div class="ct-access-needs__forget">
            ${button({ id: 'an-forget', label: m.forget, variant: 'secondary', disabled, onClick: () => void this.#onForget(m) })}
          </div>`
          : nothing
      }
    </div>`;
  }

  #onChange = (next: string[]): void => {
    this.#on = next.includes('yes');
    if (this.#on) this.changed();
    else forget();
    this.#host.element.requestUpdate();
  };

  async #onForget(m: AccessNeedsMessages): Promise<void> {
    const element = this.#host.element;
    forget();
    this.#on = false;
    this.#restored = false;
    element.requestUpdate();
    void announce(m.forgotten, { lang: element.locale });
    await element.updateComplete;
    // The button has gone: focus goes to the box it belonged to, not to the top of the page.
    element.shadowRoot?.getElementById('an-remember')?.focus();
  }
}
