import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Styles of the form partials (partials/*.ts), after the GOV.UK Design System. */
export const formStyles = css`
  .ct-form-group {
    margin: 0 0 ${t.space[6]};
  }
  .ct-form-group:last-of-type {
    margin-bottom: 0;
  }
  .ct-form-group--error {
    padding-left: ${t.space[3]};
    border-left: ${t['border-width'].panel} solid ${t.color.error};
  }
  .ct-form-group .ct-form-group {
    margin-bottom: ${t.space[4]};
  }
  .ct-label,
  .ct-legend {
    display: block;
    margin: 0 0 ${t.space[1]};
    font-weight: ${t.font.weight.bold};
    line-height: ${t['line-height'].tight};
  }
  .ct-legend {
    float: none;
    max-width: 100%;
    padding: 0;
    white-space: normal;
    margin-bottom: ${t.space[3]};
  }
  .ct-legend--m {
    font-size: ${t.font.size['heading-m']};
  }
  .ct-legend h2,
  .ct-legend h3,
  .ct-label h2,
  .ct-label h3 {
    margin: 0;
    font-size: inherit;
  }
  .ct-fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .ct-hint {
    display: block;
    margin: 0 0 ${t.space[3]};
    color: ${t.color['text-secondary']};
  }
  .ct-label + .ct-hint {
    margin-top: -${t.space[1]};
  }
  .ct-error-message {
    display: block;
    margin: 0 0 ${t.space[3]};
    color: ${t.color.error};
    font-weight: ${t.font.weight.bold};
    clear: both;
  }
  .ct-input,
  .ct-textarea,
  .ct-select {
    display: block;
    width: 100%;
    min-height: 2.5em;
    margin: 0;
    padding: 0.3125em;
    font: inherit;
    line-height: ${t['line-height'].tight};
    color: ${t.color.text};
    background: ${t.color.surface};
    border: ${t['border-width'].input} solid ${t.color['border-input']};
    border-radius: ${t.radius.default};
    appearance: none;
  }
  .ct-textarea {
    min-height: 5em;
    resize: vertical;
    line-height: ${t['line-height'].body};
  }
  .ct-select {
    appearance: auto;
    width: auto;
    min-width: 11.5em;
    max-width: 100%;
  }
  .ct-input--width-20 {
    max-width: 41ex;
  }
  .ct-input--width-10 {
    max-width: 23ex;
  }
  .ct-input:focus,
  .ct-textarea:focus,
  .ct-select:focus {
    outline: 3px solid #ffdd00;
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px #0b0c0c;
  }
  .ct-input--error,
  .ct-textarea--error,
  .ct-select--error {
    border-color: ${t.color.error};
  }
  .ct-input--error:focus,
  .ct-textarea--error:focus,
  .ct-select--error:focus {
    border-color: #0b0c0c;
  }
  .ct-input:disabled,
  .ct-textarea:disabled,
  .ct-select:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  /* Checkboxes and radios: a 40px target drawn from the label, the native input on top of it so the
     browser's own semantics, keyboard and forced-colours behaviour are kept. */
  .ct-choices__item {
    display: flex;
    flex-wrap: wrap;
    position: relative;
    margin-bottom: ${t.space[3]};
  }
  .ct-choices__item:last-child {
    margin-bottom: 0;
  }
  .ct-choices__input {
    position: absolute;
    z-index: 1;
    top: -2px;
    left: -2px;
    width: 44px;
    height: 44px;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .ct-choices__input:disabled {
    cursor: not-allowed;
  }
  .ct-choices__label {
    align-self: center;
    max-width: calc(100% - 74px);
    margin-bottom: 0;
    padding: 7px 15px 5px;
    cursor: pointer;
    touch-action: manipulation;
  }
  .ct-choices__label::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 0;
    left: 0;
    width: 40px;
    height: 40px;
    border: ${t['border-width'].input} solid currentcolor;
    background: ${t.color.surface};
  }
  .ct-choices__hint {
    display: block;
    width: 100%;
    padding-left: 55px;
    padding-right: 15px;
    margin-bottom: 0;
  }
  .ct-choices__item > .ct-choices__label,
  .ct-choices__item > .ct-choices__hint {
    margin-left: 40px;
    padding-left: 15px;
  }
  .ct-choices__item > .ct-choices__hint {
    margin-left: 40px;
  }
  .ct-choices--checkbox .ct-choices__label::after {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 11px;
    left: 9px;
    width: 23px;
    height: 12px;
    transform: rotate(-45deg);
    border: solid;
    border-width: 0 0 5px 5px;
    border-top-color: transparent;
    opacity: 0;
    background: transparent;
  }
  .ct-choices--radio .ct-choices__label::before {
    border-radius: 50%;
  }
  .ct-choices--radio .ct-choices__label::after {
    content: '';
    position: absolute;
    top: 10px;
    left: 10px;
    width: 0;
    height: 0;
    border: 10px solid currentcolor;
    border-radius: 50%;
    opacity: 0;
    background: currentcolor;
  }
  .ct-choices__input:checked + .ct-choices__label::after {
    opacity: 1;
  }
  .ct-choices__input:focus-visible + .ct-choices__label::before {
    border-width: 4px;
    outline: 3px solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 3px #ffdd00;
  }
  .ct-choices__input:disabled + .ct-choices__label {
    opacity: 0.5;
  }
  .ct-choices__divider {
    width: 40px;
    margin-bottom: ${t.space[3]};
    text-align: center;
  }
  .ct-choices__conditional {
    margin-left: 18px;
    margin-bottom: ${t.space[4]};
    padding-left: 33px;
    border-left: 4px solid ${t.color.border};
  }
  .ct-choices__conditional > :last-child {
    margin-bottom: 0;
  }
  .ct-choices--small .ct-choices__label::before {
    top: 8px;
    left: 8px;
    width: 24px;
    height: 24px;
  }
  .ct-choices--small.ct-choices--checkbox .ct-choices__label::after {
    top: 15px;
    left: 14px;
    width: 12px;
    height: 6.5px;
    border-width: 0 0 3px 3px;
  }
  .ct-choices--small .ct-choices__label {
    padding-left: 1px;
  }

  /* Buttons */
  .ct-button {
    display: inline-block;
    position: relative;
    width: auto;
    margin: 0 ${t.space[4]} ${t.space[5]} 0;
    padding: 0.5em 0.625em 0.4375em;
    font: inherit;
    font-weight: ${t.font.weight.regular};
    line-height: 1.1875;
    text-align: center;
    color: ${t.color['on-brand']};
    background-color: ${t.color.brand};
    border: ${t['border-width'].input} solid transparent;
    border-radius: ${t.radius.default};
    box-shadow: 0 2px 0 #002d18;
    cursor: pointer;
    -webkit-appearance: none;
  }
  .ct-button:hover {
    background-color: ${t.color['brand-hover']};
  }
  .ct-button--secondary {
    color: ${t.color.text};
    background-color: ${t.color['button-secondary']};
    box-shadow: 0 2px 0 #929191;
  }
  .ct-button--secondary:hover {
    background-color: #dbdad9;
  }
  .ct-button:focus-visible,
  .ct-button:focus-visible:hover {
    border-color: #ffdd00;
    outline: 3px solid transparent;
    color: #0b0c0c;
    background-color: #ffdd00;
    box-shadow: inset 0 0 0 1px #ffdd00, 0 2px 0 #0b0c0c;
  }
  .ct-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .ct-button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .ct-button__spinner {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-right: 0.4em;
    border: 0.15em solid currentcolor;
    border-right-color: transparent;
    border-radius: 50%;
    vertical-align: -0.05em;
    animation: ct-spin 0.8s linear infinite;
  }
  @keyframes ct-spin {
    to {
      transform: rotate(360deg);
    }
  }
  /* A link-looking button, for actions like "Use this address" */
  .ct-link-button {
    display: inline;
    padding: 0;
    margin: 0;
    border: 0;
    font: inherit;
    color: ${t.color.link};
    background: none;
    text-decoration: underline;
    cursor: pointer;
  }
  .ct-link-button:focus-visible {
    outline: 3px solid transparent;
    color: #0b0c0c;
    background-color: #ffdd00;
    box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c;
    text-decoration: none;
  }

  /* Error summary */
  .ct-error-summary {
    margin-bottom: ${t.space[6]};
    padding: ${t.space[4]};
    border: ${t['border-width'].panel} solid ${t.color.error};
    color: ${t.color.text};
  }
  .ct-error-summary:focus {
    outline: 3px solid #ffdd00;
  }
  .ct-error-summary__title {
    margin-top: 0;
    font-size: ${t.font.size['heading-m']};
  }
  .ct-error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ct-error-summary__list li + li {
    margin-top: ${t.space[2]};
  }
  .ct-error-summary__list a {
    font-weight: ${t.font.weight.bold};
    color: ${t.color.error};
  }
  .ct-error-summary__list a:focus-visible {
    color: #0b0c0c;
  }

  /* Notification / success panel */
  .ct-notification {
    margin-bottom: ${t.space[6]};
    border: ${t['border-width'].panel} solid ${t.color.notice};
    background-color: ${t.color.notice};
  }
  .ct-notification--success {
    border-color: ${t.color.success};
    background-color: ${t.color.success};
  }
  .ct-notification:focus {
    outline: 3px solid #ffdd00;
  }
  .ct-notification__header {
    margin: 0;
    padding: 2px ${t.space[4]} ${t.space[1]};
    color: ${t.color['on-brand']};
    font-weight: ${t.font.weight.bold};
  }
  .ct-notification__content {
    padding: ${t.space[4]};
    color: ${t.color.text};
    background-color: ${t.color.surface};
  }
  .ct-notification__content > :last-child {
    margin-bottom: 0;
  }
  .ct-notification__heading {
    margin: 0 0 ${t.space[3]};
    font-size: ${t.font.size['heading-s']};
  }

  /* Tag */
  .ct-tag {
    display: inline-block;
    max-width: 100%;
    padding: 0.125em 0.5em 0.1em;
    color: ${t.color['tag-text']};
    background-color: ${t.color.tag};
    font-weight: ${t.font.weight.bold};
    line-height: 1.25;
    overflow-wrap: break-word;
  }
  .ct-tag--red {
    color: #2a0b06;
    background-color: #f4cdc6;
  }
  .ct-tag--green {
    color: #005a30;
    background-color: #cce2d8;
  }
  .ct-tag--grey {
    color: #282d30;
    background-color: #eeeff0;
  }
  .ct-tag--yellow {
    color: #594d00;
    background-color: #fff7bf;
  }

  @media (forced-colors: active) {
    .ct-choices__label::before,
    .ct-input,
    .ct-textarea,
    .ct-button,
    .ct-tag {
      border: 2px solid CanvasText;
    }
    .ct-choices__input:focus-visible + .ct-choices__label::before {
      outline-color: Highlight;
    }
    .ct-choices__input:checked + .ct-choices__label::after {
      border-color: CanvasText;
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
