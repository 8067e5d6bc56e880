/**
 * The parts of `ct-community-map` only some pages need, fetched on demand as chunks next to the
 * element's own: the region outlines (to find the region of a member that gives only coordinates) and
 * the map and regions views. One object, so the tests can make a fetch wait or fail.
 *
 * A failed fetch is retried by calling the loader again. Browsers that follow whatwg/html#10327 fetch
 * the chunk again; older ones remember the failure until the page reloads, and the error stays up.
 */
export const lazy = {
  geo: () => import('./geo.js'),
  mapViews: () => import('./map-view.js'),
};
