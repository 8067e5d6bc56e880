import { css } from 'lit';
import { t } from '@ctkit/tokens';

/**
 * ct-access-needs: the question, the privacy details, the remember area. "Why we ask and how we keep
 * this" is the GOV.UK details component, on the native element. (Comments stay out of the CSS text,
 * which ships as it is written.)
 */
export const accessNeedsStyles = css`
  .ct-access-needs__question {
    margin: 0;
    font-size: inherit;
  }
  .ct-access-needs__respond-by {
    display: block;
    margin-top: ${t.space[2]};
    color: ${t.color.text};
  }
  .ct-fieldset .ct-fieldset .ct-legend {
    font-size: ${t.font.size['heading-s']};
  }
  :host([heading-size='s']) .ct-legend,
  :host([heading-size='body']) .ct-legend {
    font-size: 1em;
  }
  :host([heading-size='s']) .ct-legend--m {
    font-size: ${t.font.size['heading-s']};
  }
  .ct-access-needs .ct-fieldset .ct-form-group {
    margin-bottom: ${t.space[5]};
  }

  .ct-access-needs__details {
    display: block;
    margin: 0 0 ${t.space[5]};
  }
  .ct-access-needs__summary {
    display: inline-block;
    position: relative;
    padding-left: 1.5625em;
    color: ${t.color.link};
    cursor: pointer;
    list-style: none;
  }
  .ct-access-needs__summary::-webkit-details-marker {
    display: none;
  }
  .ct-access-needs__summary::before {
    content: '';
    position: absolute;
    top: -1px;
    bottom: 0;
    left: 0;
    margin: auto;
    width: 0;
    height: 0;
    border-style: solid;
    border-color: transparent;
    border-width: 0.4375em 0 0.4375em 0.75em;
    border-left-color: currentcolor;
  }
  .ct-access-needs__details[open] > .ct-access-needs__summary::before {
    border-width: 0.75em 0.4375em 0 0.4375em;
    border-color: transparent;
    border-top-color: currentcolor;
  }
  .ct-access-needs__summary-text {
    text-decoration: underline;
    text-underline-offset: 0.1578em;
  }
  .ct-access-needs__summary:hover {
    color: ${t.color['link-hover']};
  }
  .ct-access-needs__summary:focus-visible {
    outline: 3px solid transparent;
    color: #0b0c0c;
    background-color: #ffdd00;
    box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c;
  }
  .ct-access-needs__summary:focus-visible .ct-access-needs__summary-text {
    text-decoration: none;
  }
  .ct-access-needs__details-text {
    padding: ${t.space[3]} ${t.space[3]} ${t.space[3]} ${t.space[4]};
    border-left: ${t['border-width'].panel} solid ${t.color.border};
  }
  .ct-access-needs__details-text > p {
    margin: 0 0 ${t.space[3]};
  }
  .ct-access-needs__details-text > p:last-child {
    margin-bottom: 0;
  }

  .ct-access-needs__remember {
    margin-top: ${t.space[6]};
    padding-top: ${t.space[4]};
    border-top: 1px solid ${t.color.border};
  }
  .ct-access-needs__restored {
    margin: 0 0 ${t.space[4]};
    padding: ${t.space[3]};
    border-left: ${t['border-width'].panel} solid ${t.color.notice};
    background: ${t.color['surface-secondary']};
  }
  .ct-access-needs__forget {
    margin-top: ${t.space[4]};
  }
  .ct-access-needs__forget .ct-button {
    margin-bottom: 0;
  }

  @media (forced-colors: active) {
    .ct-access-needs__summary::before {
      forced-color-adjust: none;
      border-left-color: LinkText;
    }
    .ct-access-needs__details[open] > .ct-access-needs__summary::before {
      border-left-color: transparent;
      border-top-color: LinkText;
    }
    .ct-access-needs__summary:focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
