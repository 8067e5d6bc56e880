import { arrow, computePosition, detectOverflow, offset, shift, type ComputePositionReturn } from '@floating-ui/dom';

/** Where the pointer sits on each side, and the turn that puts its two drawn edges (top, left) at its tip. */
const SIDES = {
  right: ['left', 315],
  left: ['right', 135],
  bottom: ['top', 45],
  top: ['bottom', 225],
} as const;

/**
 * Places the details popover beside its marker, its pointer on the marker's centre, on the side that fits
 * in the map and covers the fewest other markers (so neighbouring clusters stay in sight and clickable);
 * on a tie, right, then left, below, above. Slid along that side to stay 4px inside the map, never over its
 * own marker. On a narrow map the stylesheet shows the details as a sheet across
 * the bottom of the map instead, and hides the pointer: nothing is placed.
 * Its own module so the map fetches @floating-ui/dom (only the parts used) when a popover first opens.
 */
export async function placePopover(reference: HTMLElement, floating: HTMLElement): Promise<void> {
  const pointer = floating.querySelector<HTMLElement>('.ct-map-popover__pointer');
  floating.style.left = floating.style.top = '';
  // The map: the popover's positioned parent (.ct-map-stage) is the map frame's box.
  const map = floating.offsetParent;
  if (!pointer?.offsetWidth || !map) return;
  // The map, not the part of it in the window: a marker scrolled out of view still has its details beside
  // it (focus moving in scrolls them into view), not pushed into the window away from it.
  const boundary = { boundary: map, rootBoundary: 'document', padding: 4 } as const;
  const stage = map.getBoundingClientRect();
  const others = [...map.querySelectorAll('[part~="marker"]')]
    .filter((marker) => marker !== reference)
    .map((marker) => marker.getBoundingClientRect());
  const [w, h] = [floating.offsetWidth, floating.offsetHeight];
  let best: { score: number; at: ComputePositionReturn } | undefined;
  for (const side of ['right', 'left', 'bottom', 'top'] as const) {
    const at = await computePosition(reference, floating, {
      strategy: 'absolute',
      placement: side,
      middleware: [
        // The pointer's own width: its tip, half a diagonal out, stops short of the marker's focus ring.
        offset(pointer.offsetWidth),
        shift(boundary),
        // What is left outside the map (within its 4px margin) once slid along this side.
        { name: 'overflow', fn: async (state) => ({ data: await detectOverflow(state, boundary) }) },
        arrow({ element: pointer, padding: 8 }),
      ],
    });
    const out = at.middlewareData.overflow as Record<'top' | 'right' | 'bottom' | 'left', number>;
    const fits = Math.max(out.top, out.right, out.bottom, out.left) <= 0;
    const [left, top] = [stage.left + map.clientLeft + at.x, stage.top + map.clientTop + at.y];
    const covered = others.filter((r) => r.left < left + w && left < r.right && r.top < top + h && top < r.bottom);
    // A side that does not fit loses to any that does, however many markers that one covers.
    const score = (fits ? 0 : 1000) + covered.length;
    if (!best || score < best.score) best = { score, at };
    if (score === 0) break;
  }
  if (!best) return;
  const { x, y, placement, middlewareData } = best.at;
  const [edge, turn] = SIDES[placement as keyof typeof SIDES];
  const at = middlewareData.arrow;
  Object.assign(pointer.style, {
    left: at?.x == null ? '' : `${String(at.x)}px`,
    top: at?.y == null ? '' : `${String(at.y)}px`,
    right: '',
    bottom: '',
    // Its centre on the middle of the popover's 2px border, so its inner half hides that border.
    [edge]: 'calc(-0.5em - 1px)',
    transform: `rotate(${String(turn)}deg)`,
  });
  floating.style.left = `${String(x)}px`;
  floating.style.top = `${String(y)}px`;
}
