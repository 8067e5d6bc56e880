import { html, nothing, type TemplateResult } from 'lit';
import { coreMessages } from '../localize/core-messages.js';
import { messagesIn, type Locale } from '../localize/catalogue.js';
import { button } from './button.js';

/**
 * The one loading state of widgets that read a feed (the event list, the map): a status with a small
 * spinner and plain words. `className` is the widget's own hook (tests and focus find it by it).
 */
export function feedLoading(text: string, className = ''): TemplateResult {
  return html`<p class="ct-feed-state ${className}" role="status" tabindex="-1"><span class="ct-button__spinner" aria-hidden="true"></span>${text}</p>`;
}

export interface FeedProblemOptions {
  locale: Locale;
  /** What could not be loaded, in plain words ("The events could not be loaded"): a heading or a paragraph. */
  title: TemplateResult;
  /** Extra classes for the widget's own styling (not needed as a hook: `.ct-feed-state--problem` is one). */
  className?: string;
  /** "Try again", when trying again can help. */
  onRetry?: () => unknown;
}

/**
 * The one "could not load" state of widgets that read a feed: what did not load, what the reader can do,
 * the partner's own fallback content (the light DOM: usually a link to the same information on their
 * site) and "Try again". Never the technical reason (a status code, a parse error): that goes to the
 * console, for whoever runs the site.
 */
export function feedProblem(o: FeedProblemOptions): TemplateResult {
  const m = messagesIn(coreMessages, o.locale);
  return html`<div class="ct-feed-state ct-feed-state--problem ${o.className ?? ''}" role="alert">
    ${o.title}
    <p>${m.loadProblem}</p>
    <slot></slot>
    ${o.onRetry ? button({ label: m.retry, variant: 'secondary', onClick: o.onRetry }) : nothing}
  </div>`;
}
