import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** ct-event-list only. */
export const eventListStyles = css`
  .filters {
    margin: 0 0 ${t.space[5]};
    padding: ${t.space[4]};
    background: ${t.color['surface-secondary']};
  }
  .filters-heading {
    margin: 0 0 ${t.space[3]};
    font-size: ${t.font.size['heading-s']};
  }
  .filters-grid {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${t.space[4]};
  }
  .filters-grid .ct-form-group {
    flex: 1 1 11em;
    margin-bottom: ${t.space[4]};
  }
  .filters .ct-input,
  .filters .ct-select {
    width: 100%;
    max-width: 100%;
  }
  .count {
    margin: 0 0 ${t.space[4]};
    font-weight: ${t.font.weight.bold};
  }
  .month {
    margin: ${t.space[6]} 0 ${t.space[3]};
    font-size: ${t.font.size['heading-m']};
  }
  .month:first-of-type {
    margin-top: 0;
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .events > li {
    margin: 0 0 ${t.space[4]};
  }
  .events--compact + .month {
    margin-top: ${t.space[5]};
  }
  .events--compact > li {
    margin-bottom: ${t.space[2]};
  }
  .more {
    margin-top: ${t.space[4]};
  }
`;
