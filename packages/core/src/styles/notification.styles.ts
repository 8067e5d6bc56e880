import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Styles of the notification partial (partials/panels.ts `notification`). */
export const notificationStyles = css`
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
`;
