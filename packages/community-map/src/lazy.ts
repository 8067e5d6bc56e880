/**
 * The parts of `ct-community-map` only some pages need, fetched on demand (through core's onDemand) as
 * chunks next to the element's own: the region outlines (to find the region of a member from its
 * coordinates), the region names table (for a region given in other words than the 12 regions' own), the
 * map and regions views, and the popover positioning the map view uses. One table, so the tests can make
 * a fetch wait or fail.
 *
 * A failed fetch is retried by loading the part again. Browsers that follow whatwg/html#10327 fetch the
 * chunk again; older ones remember the failure until the page reloads, and the error stays up.
 */
export const lazyParts = {
  geo: () => import('./geo.js'),
  names: () => import('./region-names.js'),
  mapViews: () => import('./map-view.js'),
  popoverPosition: () => import('./popover-position.js'),
};
