import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface ButtonOptions {
  label: string | TemplateResult;
  variant?: 'primary' | 'secondary';
  type?: 'submit' | 'button';
  id?: string;
  /** While busy the button keeps focus (it is not `disabled`), says so, and ignores presses. */
  busy?: boolean;
  busyLabel?: string;
  disabled?: boolean;
  onClick?: (event: MouseEvent) => unknown;
  /** Overrides the accessible name, when the visible label needs context ("Add Launch to calendar"). */
  ariaLabel?: string;
  /** The widget's own part name for this button, in place of `button` (the `…-button` part stays). */
  part?: string;
  /** The widget's own class, beside `ct-button` (a hook for its styles or its tests). */
  className?: string;
}

/** A button, GOV.UK style: primary (the brand colour) or secondary, with a busy state. */
export function button(o: ButtonOptions): TemplateResult {
  const onClick = (e: MouseEvent) => {
    if (o.busy) {
      e.preventDefault();
      return;
    }
    o.onClick?.(e);
  };
  return html`<button
    class="ct-button ${o.variant === 'secondary' ? 'ct-button--secondary' : ''} ${o.className ?? ''}"
    part="${o.part ?? 'button'} ${o.variant ?? 'primary'}-button"
    id=${ifDefined(o.id)}
    type=${o.type ?? 'button'}
    ?disabled=${o.disabled}
    aria-disabled=${o.busy ? 'true' : nothing}
    aria-label=${ifDefined(o.ariaLabel)}
    @click=${onClick}
  >
    ${o.busy ? html`<span class="ct-button__spinner" aria-hidden="true"></span>${o.busyLabel ?? o.label}` : o.label}
  </button>`;
}
