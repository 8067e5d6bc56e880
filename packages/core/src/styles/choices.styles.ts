import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Styles of the checkboxes and radios partial (partials/choices.ts). Comes after fieldStyles: a choice's
 * hint is also `.ct-hint`, and these rules override its margins. */
export const choicesStyles = css`
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
  .ct-choices--small .ct-choices__label,
  .ct-choices--small .ct-choices__hint {
    padding-left: 1px;
  }

  @media (forced-colors: active) {
    .ct-choices__label::before {
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
