import { css } from 'lit';
import { t } from '@ctkit/tokens';

export const signUpFormStyles = css`
  :host {
    max-width: 40em;
  }
  .ct-sign-up__heading {
    margin: 0 0 ${t.space[4]};
    font-size: ${t.font.size['heading-m']};
    font-weight: ${t.font.weight.bold};
    line-height: 1.25;
  }
  .ct-sign-up__intro {
    margin: 0 0 ${t.space[6]};
  }
  .ct-sign-up__notice {
    margin-bottom: ${t.space[6]};
  }
  .ct-sign-up__notice p {
    margin: 0;
  }
  .ct-sign-up__suggestion {
    margin: ${t.space[2]} 0 0;
  }
  .ct-sign-up__section {
    margin: 0 0 ${t.space[6]};
    padding-top: ${t.space[4]};
    border-top: 1px solid ${t.color.border};
  }
  .ct-sign-up__section-heading {
    margin: 0 0 ${t.space[3]};
    font-size: ${t.font.size['heading-s']};
    font-weight: ${t.font.weight.bold};
  }
  :host([heading-size='s']) :is(.ct-sign-up__heading, .ct-error-summary__title) {
    font-size: ${t.font.size['heading-s']};
  }
  :host([heading-size='s']) .ct-sign-up__section-heading,
  :host([heading-size='body'])
    :is(.ct-sign-up__heading, .ct-error-summary__title, .ct-sign-up__section-heading, .ct-notification__heading) {
    font-size: 1em;
  }
  .ct-sign-up__section > p {
    margin: 0 0 ${t.space[5]};
  }
  .ct-sign-up__access-needs {
    /* Inside the form's surface: no second frame. */
    padding: 0;
    display: block;
    margin-bottom: ${t.space[6]};
  }
  /* The honeypot: off screen, out of the accessibility tree, out of the tab order. */
  .ct-sign-up__trap {
    position: absolute !important;
    left: -100em !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
  }
  .ct-notification__content p {
    margin: ${t.space[2]} 0 0;
  }
  @media (forced-colors: active) {
    a:focus-visible {
      outline: 3px solid CanvasText;
    }
  }
`;
