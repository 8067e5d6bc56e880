import type { CSSResult } from 'lit';
import { fieldStyles } from './field.styles.js';
import { choicesStyles } from './choices.styles.js';
import { buttonStyles } from './button.styles.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { notificationStyles } from './notification.styles.js';
import { tagStyles } from './tag.styles.js';

export { fieldStyles, choicesStyles, buttonStyles, errorSummaryStyles, notificationStyles, tagStyles };

/**
 * Styles of every form partial (partials/*.ts), in cascade order. A widget lists only the partial
 * styles it renders (see each widget's `static styles`); this is for a host that may render any partial.
 */
export const formStyles: CSSResult[] = [
  fieldStyles,
  choicesStyles,
  buttonStyles,
  errorSummaryStyles,
  notificationStyles,
  tagStyles,
];
