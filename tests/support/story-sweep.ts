import { render as litRender } from 'lit';
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { axeRunOptions } from '../../.storybook/axe-options.js';
import { decorators as previewDecorators, initialGlobals } from '../../.storybook/decorators.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

type Args = Record<string, unknown>;
interface Context {
  args: Args;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
  canvasElement: HTMLElement;
  id: string;
  name: string;
}
type Render = (args: Args, context: Context) => unknown;
type Decorator = (story: () => unknown, context: Context) => unknown;
interface StoryLike {
  args?: Args;
  render?: Render;
  decorators?: Decorator[];
  globals?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  play?: (context: Context) => unknown;
  tags?: string[];
  name?: string;
}
interface MetaLike extends StoryLike {
  title?: string;
  component?: string;
  excludeStories?: string[] | RegExp;
}

/**
 * Gives each test of the enclosing describe a fresh `#storybook-root` (stories and their decorators may
 * look for it), removed after the test. Call inside a describe; read the canvas with the returned getter.
 */
export function storyCanvas(): () => HTMLElement {
  let canvas: HTMLElement | undefined;
  beforeEach(() => {
    canvas = document.createElement('div');
    canvas.id = 'storybook-root';
    document.body.append(canvas);
  });
  afterEach(() => {
    canvas?.remove();
  });
  return () => {
    if (!canvas) throw new Error('storyCanvas(): read the canvas inside a test');
    return canvas;
  };
}

export interface StoryEntry {
  name: string;
  story: StoryLike;
  meta: MetaLike;
}

/** The stories of a module, as Storybook would list them (named exports, less excluded ones). */
export function storiesOf(mod: Record<string, unknown>): StoryEntry[] {
  const meta = (mod.default ?? {}) as MetaLike;
  return Object.entries(mod)
    .filter(([key, value]) => key !== 'default' && typeof value === 'object' && value !== null)
    .filter(([key]) => {
      const ex = meta.excludeStories;
      if (!ex) return true;
      return Array.isArray(ex) ? !ex.includes(key) : !ex.test(key);
    })
    .map(([name, story]) => ({ name, story: story as StoryLike, meta }));
}

/** Mounts a story as Storybook does: args, decorators (story, meta, preview), globals, then `play`. */
export async function mountStory(entry: StoryEntry, canvas: HTMLElement, globals: Record<string, unknown> = {}): Promise<void> {
  const { story, meta } = entry;
  const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
  const context: Context = {
    args,
    globals: { ...initialGlobals, ...(meta.globals ?? {}), ...(story.globals ?? {}), ...globals },
    parameters: { ...(meta.parameters ?? {}), ...(story.parameters ?? {}) },
    canvasElement: canvas,
    id: entry.name,
    name: story.name ?? entry.name,
  };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`Story ${entry.name} has no render function (nor does its meta).`);
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? []), ...(previewDecorators as unknown as Decorator[])];
  const run = decorators.reduce<() => unknown>((inner, decorator) => () => decorator(inner, context), () => render(args, context));
  litRender(run(), canvas);
  await settle(canvas);
  if (story.play) {
    await story.play(context);
    await settle(canvas);
  }
}

/** Waits until every Lit element in the canvas (and in their shadow roots) has rendered. */
export async function settle(root: Element | ShadowRoot): Promise<void> {
  for (let pass = 0; pass < 5; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        const updateComplete = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (updateComplete) pending.push(updateComplete);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    const done = await Promise.all(pending);
    // Not requestAnimationFrame: background tabs (tests run several pages at once) never fire it.
    await new Promise((r) => setTimeout(r, 0));
    if (done.every((d) => d === true)) return;
  }
}

/** Runs axe over the canvas with the project's one configuration. */
export async function scan(canvas: HTMLElement): Promise<Result[]> {
  const results = await window.axe.run(canvas, axeRunOptions as unknown as RunOptions);
  return results.violations;
}

/** A readable account of violations, for a failing test's message. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}
