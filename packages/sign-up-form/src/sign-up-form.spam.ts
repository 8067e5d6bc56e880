/**
 * The signs that a sign-up came from a bot, sent as `flags` with the payload for the receiver to weigh
 * (the form never refuses on them): a Lit reactive controller of `ct-sign-up-form`.
 *
 * Owns: the hidden "website" box a person never fills in (its markup too, hidden from everyone), and the
 * time trap — sent sooner than TIME_TRAP_MS after the form appeared — unless the answers were filled in
 * for the person. Does not own: the payload (sign-up-form.ts adds `flags()` to it).
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Submitted sooner than this after the form appeared: probably a bot. Reported as a flag only. */
const TIME_TRAP_MS = 2000;

export class SpamSignals implements ReactiveController {
  #honeypot = '';
  #startedAt = 0;
  #filledForThem = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#startedAt = Date.now();
  }

  /**
   * The answers came from a restored draft or the host page, not typing: a quick send is then a person
   * ticking consent and pressing Enter, so the time trap does not apply (a false "too fast" would put
   * their sign-up, and their access needs, among the spam).
   */
  filledForThem(): void {
    this.#filledForThem = true;
  }

  /** The hidden box, labelled for the bots that read labels; no person sees, hears or tabs to it. */
  renderTrap(label: string): TemplateResult {
    return html`<div class="ct-sign-up__trap" aria-hidden="true">
      <label for="ct-sign-up-website">${label}</label>
      <input id="ct-sign-up-website" name="website" type="text" tabindex="-1" autocomplete="off" @input=${this.#onInput} />
    </div>`;
  }

  #onInput = (e: Event): void => {
    this.#honeypot = (e.target as HTMLInputElement).value;
  };

  flags(): { honeypot: boolean; tooFast: boolean } {
    return {
      honeypot: this.#honeypot !== '',
      tooFast: !this.#filledForThem && Date.now() - this.#startedAt < TIME_TRAP_MS,
    };
  }
}
