import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** ct-event-list only. */
export const eventListStyles = css`
  .ct-filters {
    margin: 0 0 ${t.space[5]};
    padding: ${t.space[4]};
    background: ${t.color['surface-secondary']};
  }
  .ct-filters__heading {
    margin: 0 0 ${t.space[3]};
    font-size: ${t.font.size['heading-s']};
  }
  .ct-filters__grid {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${t.space[4]};
  }
  .ct-filters__grid .ct-form-group {
    flex: 1 1 11em;
    margin-bottom: ${t.space[4]};
  }
  .ct-filters .ct-input,
  .ct-filters .ct-select {
    width: 100%;
    max-width: 100%;
  }
  .ct-filters__count {
    margin: 0 0 ${t.space[4]};
    font-weight: ${t.font.weight.bold};
  }
  .ct-event-list__month {
    margin: ${t.space[6]} 0 ${t.space[3]};
    font-size: ${t.font.size['heading-m']};
  }
  .ct-event-list__month:first-of-type {
    margin-top: 0;
  }
  .ct-event-list__events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ct-event-list__events > li {
    margin: 0 0 ${t.space[4]};
  }
  .ct-event-list__events--compact + .ct-event-list__month {
    margin-top: ${t.space[5]};
  }
  .ct-event-list__events--compact > li {
    margin-bottom: ${t.space[2]};
  }
  .ct-event-list__more {
    margin-top: ${t.space[4]};
  }
`;
