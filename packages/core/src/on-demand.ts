import type { ReactiveControllerHost } from 'lit';

/**
 * The one way ctkit fetches a part of a widget on demand (a view, an option's code, the Welsh, another
 * widget rendered inside this one). Every `import()` in a package's `src/` sits in a table of loaders
 * like this one, by name (a lint rule in eslint.config.js keeps it so):
 *
 *     export const lazyParts = { equality: () => import('./equality.js') };
 *
 * The table is exported (not from the package's index) so that a test or a story can replace a loader
 * to make a fetch wait or fail, and put it back after.
 */
export type PartLoaders = Record<string, () => Promise<unknown>>;

type ModuleOf<L extends PartLoaders, K extends keyof L> = Awaited<ReturnType<L[K]>>;

/** An element (its tag names it in warnings); typed structurally so that Node code can import core. */
type Host = ReactiveControllerHost & { readonly localName: string };

/**
 * What to tell the developer when a part cannot be fetched: what is left out, in a sentence, by part.
 * Without one the warning says "could not load <name>". With a host, the warning starts `<tag-name>: `.
 */
export type PartWarnings<L extends PartLoaders> = Partial<Record<keyof L, string>>;

/** Each host's work on its way (parts and tracked promises), for its updateComplete. */
const work = new WeakMap<Host, Set<Promise<unknown>>>();

/** The parts of a widget fetched on demand (see `onDemand`). */
export interface OnDemand<L extends PartLoaders> {
  /** The part, once it has arrived; undefined before, and when it could not be fetched. */
  get<K extends keyof L>(name: K): ModuleOf<L, K> | undefined;
  /**
   * Fetches the part unless it is here or on its way; after a failure, fetches it again. Resolves with
   * the part, or undefined if it could not be fetched (never rejects: the failure is warned about).
   */
  load<K extends keyof L>(name: K): Promise<ModuleOf<L, K> | undefined>;
  /**
   * For a render that must not happen without the part (Lit's `scheduleUpdate`): the fetch to wait for,
   * starting it if need be — or undefined when the part is here, or could not be fetched.
   */
  wait(name: keyof L): Promise<unknown> | undefined;
  /** Whether a fetch of the part failed and no fetch is on its way (check `get` first: a retry may have brought it). */
  failed(name: keyof L): boolean;
  /** Other work of the host that its `updateComplete` should wait for (e.g. placing a popover once drawn). */
  track(promise: Promise<unknown>): void;
}

/**
 * The parts of a widget fetched on demand, from a table of loaders.
 *
 * Bound to an element (`onDemand(loaders, warnings, this)`), each part is fetched once per element, the
 * element re-renders when it arrives, and — for any `CtElement` — `updateComplete` waits for the parts on
 * their way and the render they bring (see `pendingWork`). Without a host each part is fetched once per
 * page, and nothing waits for it (the Welsh catalogues; another widget's definition, which upgrades its
 * elements by itself).
 *
 * A part that cannot be fetched is left out with one console warning, and the rest of the widget works:
 * `get()` stays undefined and `wait()` no longer waits for it (a render is never held up twice by the
 * same failure); an explicit `load()` — "Try again", or the next time the person needs it — fetches it
 * again. The loader is read from the table at each fetch, so a test's replacement takes effect.
 */
export function onDemand<L extends PartLoaders>(loaders: L, warnings: PartWarnings<L> = {}, host?: Host): OnDemand<L> {
  const modules = new Map<keyof L, unknown>();
  const loading = new Map<keyof L, Promise<unknown>>();
  /** Parts that failed at least once (and were warned about). */
  const failures = new Set<keyof L>();
  const failed = (name: keyof L) => failures.has(name) && !loading.has(name);
  const track = (promise: Promise<unknown>) => {
    if (!host) return;
    let set = work.get(host);
    if (!set) work.set(host, (set = new Set()));
    const settled = () => set.delete(tracked);
    const tracked: Promise<unknown> = promise.then(settled, settled);
    set.add(tracked);
  };
  const load = (name: keyof L): Promise<unknown> => {
    if (modules.has(name)) return Promise.resolve(modules.get(name));
    let promise = loading.get(name);
    if (!promise) {
      const loader = loaders[name] as () => Promise<unknown>;
      promise = loader().then(
        (module) => {
          loading.delete(name);
          modules.set(name, module);
          host?.requestUpdate();
          return module;
        },
        (error: unknown) => {
          loading.delete(name);
          if (failures.has(name)) return;
          failures.add(name);
          const text = warnings[name] ?? `could not load ${name as string}.`;
          console.warn(host ? `<${host.localName}>: ${text}` : text, error);
        },
      );
      loading.set(name, promise);
      track(promise);
    }
    return promise;
  };
  return {
    get: (name) => modules.get(name) as never,
    load: load as OnDemand<L>['load'],
    wait: (name) => (modules.has(name) || failed(name) ? undefined : load(name)),
    failed,
    track,
  };
}

/**
 * The parts and tracked work on their way for `host`, from every `onDemand` bound to it; undefined when
 * nothing is. `CtElement`'s `updateComplete` waits for this (and the render that follows), again and
 * again until nothing is left.
 */
export function pendingWork(host: Host): Promise<unknown> | undefined {
  const set = work.get(host);
  return set?.size ? Promise.all(set) : undefined;
}
