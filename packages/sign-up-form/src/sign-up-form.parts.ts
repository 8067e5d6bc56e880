/**
 * The parts of `ct-sign-up-form` fetched on demand (see onDemand in core), each a chunk of its own: the
 * equality step, the email typo check, and the access-needs question — a widget of its own, inside the
 * form's shadow root where no page-level loader can see it. Not exported from the package: tests replace
 * a loader to see how the form copes when one fails.
 */
export const lazyParts = {
  equality: () => import('./equality.js'),
  typo: () => import('./email-typo.js'),
  accessNeeds: () => import('@ctkit/access-needs'),
};
