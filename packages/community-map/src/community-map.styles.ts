import { css } from 'lit';
import { t } from '@ctkit/tokens';

export const communityMapStyles = css`
  .ct-map {
    --cm-land: var(--ct-map-land, #f3f2f1);
    --cm-border: var(--ct-map-border, #505a5f);
    /* The partner's brand colour reaches the map unless a map colour is set on its own: the shades are
       the brand mixed into the surface, so the darkest is the brand itself */
    --cm-marker: var(--ct-map-marker, ${t.color.brand});
    --cm-cluster: var(--ct-map-cluster, ${t.color.brand});
    --cm-cluster-text: var(--ct-map-cluster-text, ${t.color['on-brand']});
    --cm-shade-3: var(--ct-map-shade-3, ${t.color.brand});
    --cm-shade-2: var(--ct-map-shade-2, color-mix(in srgb, var(--cm-shade-3) 50%, ${t.color.surface}));
    --cm-shade-1: var(--ct-map-shade-1, color-mix(in srgb, var(--cm-shade-3) 20%, ${t.color.surface}));
  }
  .ct-filters {
    margin: 0 0 ${t.space[4]};
    padding: ${t.space[4]};
    background: ${t.color['surface-secondary']};
  }
  .ct-filters__grid {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 ${t.space[4]};
  }
  /* Every group keeps its margin, the last too (core's .ct-form-group:last-of-type has none): the row
     lines up on the bottom, so one group without it sat 16 px lower than the others. */
  .ct-filters .ct-form-group {
    flex: 1 1 12em;
    margin: 0 0 ${t.space[4]};
  }
  .ct-filters .ct-input,
  .ct-filters .ct-select {
    width: 100%;
    min-width: 0;
  }
  .ct-filters__clear {
    margin-bottom: ${t.space[4]};
  }
  .ct-filters__count {
    font-weight: ${t.font.weight.bold};
  }
  .ct-map-empty__title {
    font-weight: ${t.font.weight.bold};
  }

  /* Tabs */
  .ct-map-tabs {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space[1]};
    border-bottom: 1px solid ${t.color.border};
  }
  .ct-map-tab {
    margin: 0 0 -1px;
    padding: ${t.space[2]} ${t.space[4]};
    font: inherit;
    color: ${t.color.link};
    background: ${t.color['surface-secondary']};
    border: 1px solid transparent;
    text-decoration: underline;
    cursor: pointer;
  }
  .ct-map-tab[aria-selected=true] {
    color: ${t.color.text};
    background: ${t.color.surface};
    border-color: ${t.color.border};
    border-bottom-color: ${t.color.surface};
    text-decoration: none;
    font-weight: ${t.font.weight.bold};
  }
  .ct-map-tab:focus-visible {
    outline: 3px solid transparent;
    color: #0b0c0c;
    background-color: #fd0;
    box-shadow: 0 -2px #fd0, 0 4px #0b0c0c;
    text-decoration: none;
  }
  .ct-map-panel {
    padding: ${t.space[4]} 0;
  }
  .ct-map-panel:focus-visible {
    outline: 3px solid #fd0;
    outline-offset: 0;
    box-shadow: inset 0 0 0 4px #0b0c0c;
  }

  /* List */
  .ct-map-list,
  .ct-map-tags,
  .ct-map-popover__list,
  .ct-map-legend__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ct-map-member {
    padding: ${t.space[4]} 0;
    border-bottom: 1px solid ${t.color.border};
  }
  /* Focus moves here after "Show more": yellow alone is 1.07:1 on white, the dark inner bar is what shows */
  .ct-map-member:focus {
    outline: 3px solid #fd0;
    box-shadow: inset 0 0 0 4px #0b0c0c;
  }
  .ct-map-member__name,
  .ct-map-popover__title {
    margin: 0 0 ${t.space[2]};
    font-size: ${t.font.size['heading-s']};
    font-weight: ${t.font.weight.bold};
  }
  .ct-map-facts {
    margin: 0 0 ${t.space[2]};
  }
  .ct-map-facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${t.space[2]};
  }
  .ct-map-facts dt {
    font-weight: ${t.font.weight.bold};
  }
  .ct-map-facts dt::after {
    content: ':';
  }
  .ct-map-facts dd {
    margin: 0;
  }
  /* Heard, not seen: a full stop after each value, so a screen reader reading the details as one text
     does not run a value into the next term ("Place-basedPlace:"). Not in the DOM text. */
  .ct-map-facts dd::after {
    content: '.';
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .ct-map-description {
    margin: 0 0 ${t.space[2]};
  }
  .ct-map-tags {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space[1]};
  }

  /* Map */
  .ct-map-map__controls {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space[2]};
  }
  .ct-map-map__controls .ct-button {
    margin: 0 0 ${t.space[3]};
  }
  .ct-map-zoom {
    min-width: 2.75em;
    font-weight: ${t.font.weight.bold};
  }
  /* At its limit a map button stays focusable (aria-disabled), so it looks disabled, not busy */
  .ct-map-control[aria-disabled=true] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  /* …but the focus ring keeps its full strength (its contrast is what shows where the keyboard is) */
  .ct-map-control[aria-disabled=true]:focus-visible {
    opacity: 1;
  }
  .ct-map-control[aria-disabled=true]:hover:not(:focus-visible) {
    background-color: ${t.color['button-secondary']};
  }
  .ct-map-stage {
    position: relative;
    container-type: inline-size;
  }
  /* As wide as the column, as tall as the UK's shape asks up to most of the window (never under 20em):
     the view widens beside the UK rather than the UK shrinking (map-view.ts #window). Not aspect-ratio,
     whose max-height would narrow the frame too. */
  .ct-map-frame {
    position: relative;
    height: min(100cqi * 1110 / 610, max(20em, 90vh));
    overflow: hidden;
    border: 1px solid ${t.color.border};
    background: ${t.color.surface};
    touch-action: pan-y pinch-zoom;
    cursor: default;
    user-select: none;
  }
  .ct-map-frame--zoomed {
    touch-action: none;
    cursor: grab;
  }
  .ct-map-svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  .ct-map-region {
    fill: var(--cm-land);
    fill-rule: evenodd;
    stroke: var(--cm-border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .ct-map-markers {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .ct-map-marker {
    position: absolute;
    width: 1em;
    height: 1em;
    margin: -0.5em 0 0 -0.5em;
    padding: 0;
    border: 2px solid ${t.color.surface};
    border-radius: 50%;
    background: var(--cm-marker);
    box-shadow: 0 0 0 1px ${t.color.text};
    pointer-events: auto;
    cursor: pointer;
    font: inherit;
  }
  .ct-map-marker--approx {
    background: ${t.color.surface};
    border: 3px solid var(--cm-marker);
  }
  .ct-map-marker--cluster {
    width: 2.25em;
    height: 2.25em;
    margin: -1.125em 0 0 -1.125em;
    color: var(--cm-cluster-text);
    background: var(--cm-cluster);
    font-size: ${t.font.size.small};
    font-weight: ${t.font.weight.bold};
    line-height: 1;
  }
  .ct-map-marker:focus-visible,
  .ct-map-marker[aria-expanded=true] {
    outline: 3px solid #0b0c0c;
    outline-offset: 1px;
    border-color: #fd0;
    box-shadow: 0 0 0 3px #fd0;
    z-index: 1;
  }
  .ct-map-popover {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    /* Beside a marker only on a map 30em or wider (narrower, a sheet): 20em always fits. No width: it
       shrinks to fit, measured at the map's left edge (popover-position.ts) and kept inside the map */
    max-width: 20em;
    padding: ${t.space[4]};
    background: ${t.color.surface};
    border: 2px solid ${t.color.text};
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 25%);
  }
  /* Points at the marker (placed by popover-position.ts): a square turned to show its two bordered edges,
     drawn with a border so it shows in forced colours too */
  .ct-map-popover__pointer {
    position: absolute;
    width: 0.75em;
    height: 0.75em;
    background: inherit;
    border: solid;
    border-width: 2px 0 0 2px;
  }
  /* On a narrow map (a phone, a partner's narrow column), a sheet across the bottom of the map */
  @container (width < 30em) {
    .ct-map-popover {
      inset: auto 0 0;
      max-width: none;
      max-height: 100%;
      overflow: auto;
    }
    .ct-map-popover__pointer {
      display: none;
    }
  }
  .ct-map-popover:focus-visible {
    outline: 3px solid #fd0;
  }
  .ct-map-popover__list {
    margin: 0 0 ${t.space[4]};
    max-height: 15em;
    overflow: auto;
  }
  .ct-map-popover .ct-button {
    margin-bottom: 0;
  }
  .ct-map-popover__close {
    margin-top: ${t.space[2]};
  }
  .ct-map-map-desc {
    margin-top: ${t.space[3]};
  }
  .ct-map-credit {
    color: ${t.color['text-secondary']};
  }

  /* Regions */
  .ct-map-regions__layout {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space[6]};
    align-items: flex-start;
  }
  .ct-map-regions__figure {
    flex: 1 1 16em;
    max-width: 26em;
    margin: 0;
  }
  .ct-map-shade {
    stroke: var(--cm-border);
  }
  .ct-map-shade--0 {
    fill: ${t.color.surface};
  }
  .ct-map-shade--1 {
    fill: var(--cm-shade-1);
  }
  .ct-map-shade--2 {
    fill: var(--cm-shade-2);
  }
  .ct-map-shade--3 {
    fill: var(--cm-shade-3);
  }
  .ct-map-hatch {
    stroke: none;
    fill: none;
  }
  .ct-map-hatch--1 {
    fill: url(#ct-map-p1);
  }
  .ct-map-hatch--2 {
    fill: url(#ct-map-p2);
  }
  .ct-map-hatch--3 {
    fill: url(#ct-map-p3);
  }
  pattern line {
    stroke: #0b0c0c;
    stroke-width: 1.5;
  }
  pattern circle {
    fill: #fff;
  }
  .ct-map-swatch {
    width: 1.5em;
    height: 1em;
    vertical-align: middle;
    border: 1px solid ${t.color.text};
  }
  .ct-map-regions__drawing {
    position: relative;
  }
  .ct-map-labels {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  /* 0.875em of the reader's size, not scaled with the drawing, with a halo so a count reads on any shade or border */
  .ct-map-count-label {
    font-size: ${t.font.size.small};
    font-weight: ${t.font.weight.bold};
    fill: #0b0c0c;
    stroke: #fff;
    stroke-width: 4px;
    paint-order: stroke;
    stroke-linejoin: round;
  }
  .ct-map-legend__title {
    margin: ${t.space[2]} 0 ${t.space[1]};
    font-weight: ${t.font.weight.bold};
  }
  .ct-map-popover__list li,
  .ct-map-legend__list li {
    margin: 0 0 ${t.space[1]};
  }
  .ct-map-table {
    flex: 1 1 16em;
    border-collapse: collapse;
  }
  .ct-map-table caption {
    text-align: left;
    font-weight: ${t.font.weight.bold};
    margin-bottom: ${t.space[2]};
  }
  .ct-map-table th,
  .ct-map-table td {
    padding: ${t.space[2]} ${t.space[4]} ${t.space[2]} 0;
    text-align: left;
    border-bottom: 1px solid ${t.color.border};
  }
  .ct-map-table .ct-map-num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .ct-map-row--none th,
  .ct-map-row--none td {
    font-style: italic;
  }

  @media (prefers-reduced-motion: no-preference) {
    .ct-map-marker {
      transition: box-shadow ${t.motion.fast};
    }
    @container (width < 30em) {
      .ct-map-popover {
        animation: ct-map-sheet ${t.motion.base};
      }
    }
  }
  @keyframes ct-map-sheet {
    from {
      translate: 0 100%;
    }
  }
  @media (forced-colors: active) {
    /* SVG fills are not forced: hatching and numbers tell the counts */
    .ct-map-region:not(.ct-map-hatch),
    .ct-map-shade {
      fill: Canvas;
      stroke: CanvasText;
    }
    pattern circle {
      fill: CanvasText;
    }
    .ct-map-count-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ct-map-marker {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonFace;
      box-shadow: 0 0 0 1px ButtonText;
    }
    .ct-map-marker--approx {
      background: ButtonFace;
      border-color: ButtonText;
    }
    .ct-map-marker:focus-visible,
    .ct-map-marker[aria-expanded=true] {
      outline: 3px solid Highlight;
      border-color: ButtonFace;
      box-shadow: 0 0 0 1px ButtonText;
    }
    .ct-map-tab[aria-selected=true] {
      border-bottom: 3px solid CanvasText;
    }
    pattern line {
      stroke: CanvasText;
    }
    /* Opacity is no cue in forced colours: the system's colour for unavailable controls is */
    .ct-map-control[aria-disabled=true] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
