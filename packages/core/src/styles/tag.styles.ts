import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Styles of the tag partial (partials/panels.ts `tag`). */
export const tagStyles = css`
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
    .ct-tag {
      border: 2px solid CanvasText;
    }
  }
`;
