import { css } from 'lit';
import { t } from '@ctkit/tokens';

/** Shared by ct-event-card and ct-event-list. Tokens only, em units. */
export const eventCardStyles = css`
  /* The inline booking form sits on the card's surface: no second frame. */
  ct-sign-up-form {
    padding: 0;
  }
  .ct-event-card {
    padding: ${t.space[4]};
    border: 1px solid ${t.color.border};
    border-top: ${t['border-width'].panel} solid ${t.color.brand};
    background: ${t.color.surface};
    /* A line length people can read, however wide the column. */
    max-width: 44em;
  }
  /* A list row: the date block beside the name, date, one line of facts and the actions. */
  .ct-event-card--compact {
    display: flex;
    gap: ${t.space[3]};
    padding: ${t.space[3]};
    border-top-width: 1px;
    border-left: ${t['border-width'].panel} solid ${t.color.brand};
  }
  /* The row measures itself: on a narrow column the date block gives its width to the words (the date is
     written out on the row anyway). */
  :host([variant='compact']) {
    container-type: inline-size;
  }
  @container (max-width: 26em) {
    .ct-event-card__date-block {
      display: none;
    }
  }
  .ct-event-card__date-block {
    flex: 0 0 3.25em;
    align-self: flex-start;
    padding: ${t.space[1]} 0;
    border: 1px solid ${t.color.border};
    text-align: center;
    line-height: 1.1;
  }
  .ct-event-card__date-block-day {
    display: block;
    font-size: ${t.font.size['heading-m']};
    font-weight: ${t.font.weight.bold};
  }
  .ct-event-card__date-block-month {
    display: block;
    font-size: ${t.font.size.small};
  }
  .ct-event-card__row {
    flex: 1 1 0;
    min-width: 0;
  }
  .ct-event-card--compact .ct-event-card__name {
    margin-bottom: ${t.space[1]};
  }
  .ct-event-card__when,
  .ct-event-card__meta,
  .ct-event-card__also-on {
    margin: 0 0 ${t.space[1]};
  }
  .ct-event-card__meta .ct-tag {
    margin-left: ${t.space[2]};
    font-size: ${t.font.size.small};
  }
  .ct-event-card__also-on {
    font-size: ${t.font.size.small};
  }
  .ct-event-card--compact .ct-event-card__actions {
    margin-top: ${t.space[2]};
  }
  .ct-event-card__details:not([hidden]) {
    margin-top: ${t.space[3]};
    padding-top: ${t.space[3]};
    border-top: 1px solid ${t.color.border};
  }
  .ct-event-card--compact.ct-event-card--cancelled,
  .ct-event-card--compact.ct-event-card--past {
    border-left-color: ${t.color['text-secondary']};
  }
  .ct-event-card--cancelled,
  .ct-event-card--past {
    border-top-color: ${t.color['text-secondary']};
  }
  .ct-event-card__name {
    margin: 0 0 ${t.space[3]};
    font-size: ${t.font.size['heading-s']};
  }
  .ct-event-card__name .ct-tag {
    margin-right: ${t.space[2]};
    font-size: ${t.font.size.small};
    vertical-align: 0.1em;
  }
  .ct-event-card__status {
    margin: 0 0 ${t.space[4]};
    padding: ${t.space[2]} ${t.space[3]};
    border-left: ${t['border-width'].panel} solid ${t.color.error};
    font-weight: ${t.font.weight.bold};
  }
  .ct-event-card__status--past {
    border-left-color: ${t.color['text-secondary']};
    font-weight: ${t.font.weight.regular};
  }
  .ct-event-card__facts {
    margin: 0 0 ${t.space[4]};
  }
  .ct-event-card__facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${t.space[3]};
    padding: ${t.space[1]} 0;
    border-bottom: 1px solid ${t.color.border};
  }
  .ct-event-card__facts dt {
    flex: 0 0 7em;
    font-weight: ${t.font.weight.bold};
  }
  .ct-event-card__facts dd {
    flex: 1 1 14em;
    margin: 0;
  }
  .ct-event-card__facts dd p {
    margin: 0;
  }
  .ct-event-card__description {
    white-space: pre-line;
  }
  .ct-event-card__access-heading,
  .ct-event-card__booking-heading {
    margin: 0 0 ${t.space[2]};
    font-size: ${t.font.size.body};
  }
  .ct-event-card__access-list {
    margin: 0 0 ${t.space[3]};
    padding-left: ${t.space[5]};
  }
  .ct-event-card__access-contact p {
    margin: 0 0 ${t.space[1]};
  }
  .ct-event-card__access-contact .ct-event-card__access-list {
    list-style: none;
    padding-left: 0;
  }
  .ct-event-card__actions {
    display: flex;
    flex-wrap: wrap;
    /* The button's text and "Add to calendar" on one line, whatever their padding. */
    align-items: baseline;
    gap: ${t.space[3]} ${t.space[4]};
  }
  .ct-event-card__actions .ct-button {
    margin: 0;
  }
  a.ct-button {
    display: inline-block;
    text-decoration: none;
  }
  /* The summary is a .ct-link-button (core): the link's colour, underline and focus. */
  .ct-event-card__calendar summary {
    display: inline-block;
    padding: ${t.space[1]} 0;
  }
  /* An inline-block summary has no native marker: a triangle that points down when open. currentcolor,
     and kept in forced colours, so it is the link's colour in every mode. */
  .ct-event-card__calendar summary::before {
    content: '';
    display: inline-block;
    width: 0.65em;
    height: 0.65em;
    margin-right: 0.35em;
    background-color: currentcolor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
    forced-color-adjust: none;
  }
  .ct-event-card__calendar[open] summary::before {
    clip-path: polygon(0 0, 100% 0, 50% 100%);
  }
  .ct-event-card__calendar ul {
    margin: ${t.space[2]} 0 0;
    padding-left: ${t.space[5]};
  }
  .ct-event-card__calendar li {
    margin-bottom: ${t.space[1]};
  }
  .ct-event-card__booking {
    margin-top: ${t.space[5]};
    padding-top: ${t.space[4]};
    border-top: 1px solid ${t.color.border};
  }
  .ct-event-card__incomplete {
    margin: 0 0 ${t.space[4]};
    padding: ${t.space[3]};
    border: ${t['border-width'].panel} solid ${t.color.notice};
  }
  .ct-event-card__incomplete p {
    margin: 0;
  }
  .ct-event-card__incomplete strong {
    display: block;
  }
  @media (forced-colors: active) {
    .ct-event-card {
      border-top-color: CanvasText;
      border-left-color: CanvasText;
    }
  }
`;
