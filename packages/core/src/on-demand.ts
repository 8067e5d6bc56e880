import type { ReactiveControllerHost } from 'lit';

/**
 * The one way ctkit fetches a part of a widget on demand (a view, an option's code, the Welsh, another
 * widget rendered inside this one). Every `import()` in a package's `src/` sits in a table of loaders
 * like this one, by name (a lint rule in eslint.config.js keeps it so):
 *
 *     export const signUpParts = { equality: () => import('./equality.js') };
 *
 * The table is exported (not from the package's index) so that a test or a story can replace a loader
 * to make a fetch wait or fail, and put it back after.
 */
export type PartLoaders = Record<string, () => Promise<unknown>>;

type ModuleOf<L extends PartLoaders, K extends keyof L> = Awaited<ReturnType<L[K]>>;

/** An element (its tag names it in warnings); typed structurally so that Node code can import core. */
type Host = ReactiveControllerHost & { readonly localName: string };

export interface OnDemandOptions<L extends PartLoaders> {
  /**
   * What to tell the developer when a part cannot be fetched: what is left out, in a sentence. Without
   * one the warning says "could not load <name>". With a host, the warning starts `<tag-name>: `.
   */
  warnings?: Partial<Record<keyof L, string>>;
  /**
   * Parts the host's `updateComplete` does not wait for: another widget rendered inside this one, which
   * upgrades and renders on its own — this element's render does not change when it arrives.
   */
  untracked?: readonly (keyof L)[];
}

/** The instances bound to each host, so the host's `updateComplete` can wait for their work. */
const byHost = new WeakMap<Host, Set<OnDemand<PartLoaders>>>();

/**
 * The parts of a widget fetched on demand, from a table of loaders.
 *
 * Bound to an element (`new OnDemand(loaders, options, this)`), each part
 * is fetched once per element, the element re-renders when it arrives, and — for any `CtElement` —
 * `updateComplete` waits for the parts on their way and the render they bring (see `pendingWork`).
 * Without a host (page-wide, as the Welsh catalogues are) each part is fetched once per page.
 *
 * A part that cannot be fetched is left out with one console warning, and the rest of the widget works:
 * `get()` stays undefined and `wait()` no longer waits for it (a render is never held up twice by the
 * same failure); an explicit `load()` — "Try again", or the next time the person needs it — fetches it
 * again. The loader is read from the table at each fetch, so a test's replacement takes effect.
 */
export class OnDemand<L extends PartLoaders> {
  readonly #loaders: L;
  readonly #warnings: Partial<Record<keyof L, string>>;
  readonly #untracked: readonly (keyof L)[];
  readonly #host: Host | undefined;
  readonly #modules = new Map<keyof L, unknown>();
  readonly #loading = new Map<keyof L, Promise<unknown>>();
  readonly #failed = new Set<keyof L>();
  readonly #warned = new Set<keyof L>();
  readonly #work = new Set<Promise<unknown>>();

  constructor(loaders: L, options: OnDemandOptions<L> = {}, host?: Host) {
    this.#loaders = loaders;
    this.#warnings = options.warnings ?? {};
    this.#untracked = options.untracked ?? [];
    this.#host = host;
    if (host) {
      let set = byHost.get(host);
      if (!set) byHost.set(host, (set = new Set()));
      set.add(this as unknown as OnDemand<PartLoaders>);
    }
  }

  /** The part, once it has arrived; undefined before, and when it could not be fetched. */
  get<K extends keyof L>(name: K): ModuleOf<L, K> | undefined {
    return this.#modules.get(name) as ModuleOf<L, K> | undefined;
  }

  /** Whether the last fetch of the part failed (and no fetch is on its way). */
  failed(name: keyof L): boolean {
    return this.#failed.has(name) && !this.#loading.has(name);
  }

  /** Whether the part is on its way. */
  loading(name: keyof L): boolean {
    return this.#loading.has(name);
  }

  /**
   * Fetches the part unless it is here or on its way; after a failure, fetches it again. Resolves with
   * the part, or undefined if it could not be fetched (never rejects: the failure is warned about).
   */
  load<K extends keyof L>(name: K): Promise<ModuleOf<L, K> | undefined> {
    if (this.#modules.has(name)) return Promise.resolve(this.get(name));
    let loading = this.#loading.get(name);
    if (!loading) {
      this.#failed.delete(name);
      const loader = this.#loaders[name] as () => Promise<unknown>;
      loading = loader().then(
        (module) => {
          this.#loading.delete(name);
          this.#modules.set(name, module);
          this.#host?.requestUpdate();
          return module;
        },
        (error: unknown) => {
          this.#loading.delete(name);
          this.#failed.add(name);
          this.#warn(name, error);
          return undefined;
        },
      );
      this.#loading.set(name, loading);
      if (!this.#untracked.includes(name)) this.track(loading);
    }
    return loading as Promise<ModuleOf<L, K> | undefined>;
  }

  /**
   * For a render that must not happen without the part (Lit's `scheduleUpdate`): the fetch to wait for,
   * starting it if need be — or undefined when the part is here, or could not be fetched.
   */
  wait(name: keyof L): Promise<void> | undefined {
    if (this.#modules.has(name) || this.failed(name)) return undefined;
    return this.load(name).then(() => undefined);
  }

  /** Other work of the host that `updateComplete` should wait for (e.g. placing a popover once drawn). */
  track(work: Promise<unknown>): void {
    const settled = () => {
      this.#work.delete(tracked);
    };
    const tracked: Promise<void> = work.then(settled, settled);
    this.#work.add(tracked);
  }

  /** Everything on its way (parts and tracked work), or undefined when nothing is. */
  get pending(): Promise<void> | undefined {
    return this.#work.size ? Promise.all(this.#work).then(() => undefined) : undefined;
  }

  #warn(name: keyof L, error: unknown): void {
    if (this.#warned.has(name)) return;
    this.#warned.add(name);
    const text = this.#warnings[name] ?? `could not load ${String(name)}.`;
    console.warn(this.#host ? `<${this.#host.localName}>: ${text}` : text, error);
  }
}

/**
 * The parts and tracked work on their way for `host`, from every `OnDemand` bound to it; undefined when
 * nothing is. `CtElement`'s `updateComplete` waits for this (and the render that follows), again and
 * again until nothing is left.
 */
export function pendingWork(host: Host): Promise<void> | undefined {
  const set = byHost.get(host);
  if (!set) return undefined;
  const pending = [...set].map((parts) => parts.pending).filter((p) => p !== undefined);
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}
