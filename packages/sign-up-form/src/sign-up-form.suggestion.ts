/**
 * "Did you mean …?" under the email field: a Lit reactive controller of `ct-sign-up-form`.
 *
 * Owns: when the address is checked (once the person leaves the field or sends, or it was filled in for
 * them), the suggestion they already took (not offered again), and saying a new suggestion aloud — it
 * appears away from focus.
 *
 * Does not own: the address (the element's answers), the typo check itself (email-typo.ts, a part the
 * element fetches on demand), or any rendering (sign-up-form.ts draws the suggestion and its button).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type TypoCheck = typeof import('./email-typo.js');

export interface SuggestionOptions {
  /** The address as typed. */
  email(): string;
  /** The typo check once it has arrived, and a way to fetch it (resolving with it, or undefined if it could not be). */
  check(): TypoCheck | undefined;
  loadCheck(): Promise<TypoCheck | undefined>;
  /** Says a suggestion aloud, in the form's language. */
  say(suggestion: string): void;
}

export class EmailSuggestion implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #o: SuggestionOptions;
  #checking = false;
  #taken = '';
  #said = '';

  constructor(host: ReactiveControllerHost, options: SuggestionOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostUpdate(): void {
    // E.g. prefilled answers: the suggestion may show at once.
    if (this.#checking) void this.#o.loadCheck();
  }

  /** Whether the address is checked: from when it is left, sent or filled in for the person. */
  set checking(on: boolean) {
    if (on === this.#checking) return;
    this.#checking = on;
    this.#host.requestUpdate();
  }

  /** The address the person probably meant, when the check has one to offer. */
  get suggestion(): string | undefined {
    if (!this.#checking) return undefined;
    const email = this.#o.email().trim();
    if (!email || email === this.#taken) return undefined;
    return this.#o.check()?.suggestEmail(email);
  }

  /** The person left the email field: check it, and say a new suggestion aloud. */
  left(): void {
    this.checking = true;
    void this.#o.loadCheck().then(() => {
      const suggestion = this.suggestion;
      if (suggestion && suggestion !== this.#said) {
        this.#said = suggestion;
        this.#o.say(suggestion);
      }
    });
  }

  /** The person took the suggestion (the element puts it in the field): it is not offered again. */
  taken(suggestion: string): void {
    this.#taken = suggestion;
    this.#host.requestUpdate();
  }
}
