import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Styles of the button partial (partials/button.ts) with its spinner, and of `.ct-link-button`. Every
 * widget renders a button, so CtElement applies these. */
export const buttonStyles = css`
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
    background-color: ${t.color['button-secondary-hover']};
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
    /* "Use firstname.lastname@…": a long address has no spaces to wrap at, and must not push a 320 px page sideways */
    overflow-wrap: anywhere;
    text-align: start;
  }
  .ct-link-button:focus-visible {
    outline: 3px solid transparent;
    color: #0b0c0c;
    background-color: #ffdd00;
    box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c;
    text-decoration: none;
  }

  @media (forced-colors: active) {
    .ct-button {
      border: 2px solid CanvasText;
    }
  }
`;
