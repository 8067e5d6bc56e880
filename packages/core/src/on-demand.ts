/**
 * A part of a widget that only some pages use, fetched the first time an element needs it and shared by
 * every element on the page. `wait()` starts the fetch and gives it to wait for, or undefined once it has
 * arrived — or failed: then `get()` stays undefined, the part is left out with one console warning
 * (`warning`), and the rest of the widget works.
 */
export function onDemand<M>(load: () => Promise<M>, warning: string): { get: () => M | undefined; wait: () => Promise<void> | undefined } {
  let module: M | undefined;
  let pending: Promise<void> | undefined;
  let failed = false;
  return {
    get: () => module,
    wait: () =>
      module || failed
        ? undefined
        : (pending ??= load().then(
            (m) => {
              module = m;
            },
            (error: unknown) => {
              failed = true;
              console.warn(warning, error);
            },
          )),
  };
}
