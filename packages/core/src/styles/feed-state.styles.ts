import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Styles of the feed-state partials (partials/feed-state.ts): loading and "could not load". */
export const feedStateStyles = css`
  .ct-feed-state {
    margin: 0 0 ${t.space[4]};
  }
  .ct-feed-state--problem {
    padding: ${t.space[1]} 0 ${t.space[1]} ${t.space[4]};
    border-left: ${t['border-width'].panel} solid ${t.color.border};
  }
  .ct-feed-state--problem > :first-child {
    margin: 0 0 ${t.space[3]};
    font-size: ${t.font.size['heading-s']};
    font-weight: ${t.font.weight.bold};
  }
  .ct-feed-state--problem .ct-button {
    margin-bottom: 0;
  }
`;
