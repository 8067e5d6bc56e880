import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Styles of the error summary partial (partials/error-summary.ts). */
export const errorSummaryStyles = css`
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
`;
