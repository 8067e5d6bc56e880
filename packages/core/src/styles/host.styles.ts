import { css } from 'lit';
import { t } from '@ctkit/tokens';

/**
 * Every widget's host. It paints its own surface (`--ct-color-surface`, with the text colours chosen
 * against it), so it reads on a dark, brand-coloured or patterned page alike; its padding keeps text off
 * the surface's edge (a partner on a white page may set `padding: 0` on the element). `all: initial` cuts off what a host page's CSS would pass down by inheritance
 * (colour, font, line-height, letter-spacing, text-transform …) but keeps custom properties, so partners
 * can still theme through the documented `--ct-*` properties. `font-size: medium` is the reader's own
 * default size, whatever the page set on `html` — widgets size in `em` from it, never `rem`.
 */
export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    /* !important: a page rule such as \`* { line-height: 1 }\` matches the host element itself, and a
       normal page rule beats :host. An important :host declaration beats it, and still leaves partners
       the documented custom properties. */
    box-sizing: border-box !important;
    font-family: ${t.font.family} !important;
    font-size: medium !important;
    font-weight: ${t.font.weight.regular} !important;
    font-style: normal !important;
    line-height: ${t['line-height'].body} !important;
    color: ${t.color.text} !important;
    background-color: ${t.color.surface} !important;
    padding: ${t.space[4]};
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    overflow-wrap: break-word;
    -webkit-font-smoothing: antialiased;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .ct-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }
  p {
    margin: 0 0 ${t.space[4]};
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-weight: ${t.font.weight.bold};
    line-height: ${t['line-height'].tight};
    margin: 0 0 ${t.space[4]};
  }
  .ct-heading-l {
    font-size: ${t.font.size['heading-l']};
  }
  .ct-heading-m {
    font-size: ${t.font.size['heading-m']};
  }
  .ct-heading-s {
    font-size: ${t.font.size['heading-s']};
  }
  .ct-body-s {
    font-size: ${t.font.size.small};
  }
  a {
    color: ${t.color.link};
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.1578em;
  }
  a:visited {
    color: ${t.color['link-visited']};
  }
  a:hover {
    color: ${t.color['link-hover']};
    text-decoration-thickness: max(3px, 0.1875em, 0.12em);
  }
  /* GOV.UK's focus: yellow with a dark bar. Plain values, not custom properties, so no theme can weaken
     it; the transparent outline becomes visible in forced-colours mode, where box-shadow is dropped. */
  a:focus-visible {
    outline: 3px solid transparent;
    color: #0b0c0c;
    background-color: #ffdd00;
    box-shadow:
      0 -2px #ffdd00,
      0 4px #0b0c0c;
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
