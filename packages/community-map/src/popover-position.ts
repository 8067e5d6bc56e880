import { computePosition, flip, offset, shift } from '@floating-ui/dom';

/**
 * Places the details popover beside its marker: 8px to the right, top-aligned; else to the left; else
 * below or above — whichever fits the viewport across — then slid along that side to stay 4px inside.
 * Its own module so the map fetches @floating-ui/dom (only the parts used) when a popover first opens.
 */
export async function placePopover(reference: HTMLElement, floating: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(reference, floating, {
    strategy: 'absolute',
    placement: 'right-start',
    middleware: [
      offset(8),
      flip({ fallbackPlacements: ['left-start', 'bottom', 'top'], crossAxis: false }),
      shift({ padding: 4 }),
    ],
  });
  floating.style.left = `${String(x)}px`;
  floating.style.top = `${String(y)}px`;
}
