import { render as litRender } from 'lit';
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { axeRunOptions } from '../../.storybook/axe-options.js';
import { decorators as previewDecorators, initialGlobals } from '../../.storybook/decorators.js';
import partnerTheme from '../../stories/fixtures/partner-theme.css?raw';
import storiesIndex from 'virtual:ctkit-stories';

// Storybook loads the partner theme in .storybook/preview-head.html; stories mounted here get it too, so the
// "Partner brand" theme (the contrast test's brand-coloured host, stories with that global) is really applied.
const partnerSheet = new CSSStyleSheet();
partnerSheet.replaceSync(partnerTheme);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, partnerSheet];

/** What IBM's Equal Access engine (accessibility-checker-engine's ace.js) reports for one finding. */
export interface IbmIssue {
  ruleId: string;
  reasonId?: string | number;
  /** [policy, confidence]: "VIOLATION" | "RECOMMENDATION" | "INFORMATION", "FAIL" | "POTENTIAL" | "MANUAL" | "PASS". */
  value: [string, string];
  message: string;
  snippet: string;
  path: Record<string, string>;
}

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
    ace?: { Checker: new () => { check(node: Node, guidelines: string | string[]): Promise<{ results: IbmIssue[] }> } };
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

/**
 * Every story file's module, every story, and this part's share of them (`part` is 1-based of `parts`):
 * stories are dealt out in turn so the parts are even. Each part is a test file of its own so each has
 * the runner's whole time limit. Awaited at the top level of a test file: test names must be known when
 * suites are declared.
 */
export async function storiesOfPart(
  part: number,
  parts: number,
): Promise<{
  modules: (readonly [string, Record<string, unknown>])[];
  all: { file: string; entry: StoryEntry }[];
  mine: { file: string; entry: StoryEntry }[];
}> {
  const modules = await Promise.all(
    Object.entries(storiesIndex).map(
      async ([file, load]) => [file, (await load()) as Record<string, unknown>] as const,
    ),
  );
  const all = modules.flatMap(([file, mod]) => storiesOf(mod).map((entry) => ({ file, entry })));
  return { modules, all, mine: all.filter((_, i) => i % parts === part - 1) };
}

/** Mounts a story as Storybook does: args, decorators (story, meta, preview), globals, then `play`. */
export async function mountStory(
  entry: StoryEntry,
  canvas: HTMLElement,
  globals: Record<string, unknown> = {},
): Promise<void> {
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
  const decorators = [
    ...(story.decorators ?? []),
    ...(meta.decorators ?? []),
    ...(previewDecorators as unknown as Decorator[]),
  ];
  const run = decorators.reduce<() => unknown>(
    (inner, decorator) => () => decorator(inner, context),
    () => render(args, context),
  );
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
        // A widget nested in another's shadow root (a sign-up form in an event card) is defined when its
        // chunk arrives: wait for it, then take another pass for its own rendering. The cap only keeps a
        // tag that never gets defined from stalling the run.
        else if (el.localName.startsWith('ct-') && !customElements.get(el.localName)) {
          let cap: ReturnType<typeof setTimeout> | undefined;
          pending.push(
            Promise.race([
              customElements.whenDefined(el.localName).then(() => false),
              new Promise((resolve) => (cap = setTimeout(resolve, 5000, true))),
            ]).finally(() => {
              clearTimeout(cap);
            }),
          );
        }
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
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

/**
 * IBM rules about a whole page, which a widget shown on its own cannot meet (as axe's `region` is off in
 * .storybook/axe-options.ts): content outside any landmark.
 */
const PAGE_LEVEL_IBM_RULES = ['aria_content_in_landmark'];

let aceLoaded: Promise<void> | undefined;
let checker: InstanceType<NonNullable<Window['ace']>['Checker']> | undefined;

/** Loads IBM's engine once per page: ace.js is a browser script that defines `window.ace`. */
function loadAce(): Promise<void> {
  aceLoaded ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => {
      resolve();
    };
    script.onerror = () => {
      reject(new Error('could not load accessibility-checker-engine/ace.js'));
    };
    document.head.append(script);
  });
  return aceLoaded;
}

/**
 * Runs IBM's Equal Access engine over the canvas with its default guideline (IBM Accessibility: WCAG 2.2 A
 * and AA and more), and returns its violations: findings it is sure of ("VIOLATION", "FAIL"). Findings it
 * marks as needing review ("POTENTIAL", "MANUAL") and its recommendations are not asserted on — each is a
 * question for a person, not a failure; they are left to the a11y addon and the screen-reader tests.
 */
export async function scanIbm(canvas: HTMLElement): Promise<IbmIssue[]> {
  await loadAce();
  const ace = window.ace;
  if (!ace) throw new Error('accessibility-checker-engine did not define window.ace');
  checker ??= new ace.Checker();
  const report = await checker.check(canvas, ['IBM_Accessibility']);
  return report.results.filter(
    (r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !PAGE_LEVEL_IBM_RULES.includes(r.ruleId),
  );
}

/** A readable account of IBM findings, for a failing test's message. */
export function describeIbm(issues: IbmIssue[]): string {
  return issues
    .map((i) => `${i.ruleId} (${String(i.reasonId ?? '')}): ${i.message}\n    ${i.path.dom ?? ''} — ${i.snippet}`)
    .join('\n');
}
