import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Styles of the field partials (partials/field.ts, messages.ts): form group, label, legend, fieldset,
 * hint, error message, input, textarea, select. After the GOV.UK Design System. */
export const fieldStyles = css`
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

  @media (forced-colors: active) {
    .ct-input,
    .ct-textarea {
      border: 2px solid CanvasText;
    }
  }
`;
