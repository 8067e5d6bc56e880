import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { mountStory, settle, storiesOfPart, storyCanvas } from './story-sweep.js';

/** Every story is photographed at these widths (px): a desktop column and the narrowest phone (WCAG 1.4.10). */
export const WIDTHS = [1280, 320] as const;
const HEIGHT = { 1280: 800, 320: 640 } as const;

/** The baseline's file name (without .png): `<story file>--<story export>--<width>`. */
export function screenshotName(file: string, story: string, width: number): string {
  return `${file
    .replace(/^stories\//, '')
    .replace(/\.stories\.ts$/, '')
    .replace(/\//g, '-')}--${story}--${String(width)}`;
}

const hideCaret = new CSSStyleSheet();
hideCaret.replaceSync('* { caret-color: transparent !important; }');

/** Every shadow root under `root`, nested ones too. */
function shadowRoots(root: Element | ShadowRoot): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : [],
  );
}

/**
 * Waits until the story is still: every Lit element rendered, web fonts loaded, two frames drawn (layout
 * that follows a ResizeObserver). The text caret blinks, so it is made transparent (in every shadow root):
 * a focused box is still drawn with its focus style.
 */
async function still(canvas: HTMLElement): Promise<void> {
  await settle(canvas);
  await document.fonts.ready;
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  await settle(canvas);
  for (const root of [document, ...shadowRoots(canvas)]) {
    if (!root.adoptedStyleSheets.includes(hideCaret)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, hideCaret];
  }
}

/**
 * Declares the screenshot tests for part `part` (1-based) of `parts`: every story of every
 * `stories/**\/*.stories.ts` file at each width in WIDTHS, dealt out in turn over the parts (each a test
 * file of its own, tests/visual*.test.ts, so each has the runner's whole time limit).
 *
 * Chromium only: the baselines are Chromium's rendering (Firefox draws text and form controls its own
 * way), so in Firefox no test is declared.
 */
export async function visualStories(part: number, parts: number): Promise<void> {
  // Chromium only: the baselines are Chromium's rendering, and Firefox draws text and controls its own way.
  // No test is declared in Firefox (rather than a skipped one: nothing is left unchecked there that runs here).
  if (navigator.userAgent.includes('Firefox')) return;
  const { all, mine } = await storiesOfPart(part, parts);

  describe(`screenshots of every story, part ${String(part)} of ${String(parts)}`, () => {
    before(async () => {
      // Transitions and animations end at once (the loading states), as for a reader who asks for less motion.
      await emulateMedia({ reducedMotion: 'reduce' });
      document.body.style.margin = '0';
    });
    after(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await setViewport({ width: 800, height: 600 });
      document.body.style.margin = '';
    });

    if (part === 1) {
      it('has no baseline that no story takes', async function () {
        const expected = all.flatMap(({ file, entry }) => WIDTHS.map((w) => screenshotName(file, entry.name, w)));
        const result = await executeServerCommand<{ filtered: boolean; orphans: string[] }, { expected: string[] }>(
          'ctkit-visual-baselines',
          { expected },
        );
        // CTKIT_STORIES: this run sees only some stories, so it cannot tell which baselines are left over.
        if (result.filtered) this.skip();
        expect(
          result.orphans,
          'baselines in tests/screenshots/ without a story: delete them (CTKIT_UPDATE_SCREENSHOTS=1 does)',
        ).to.deep.equal([]);
      });
    }

    const canvas = storyCanvas();
    for (const { file, entry } of mine) {
      for (const width of WIDTHS) {
        it(`${file} › ${entry.name} at ${String(width)} px looks as its baseline`, async () => {
          await setViewport({ width, height: HEIGHT[width] });
          await mountStory(entry, canvas());
          await still(canvas());
          await visualDiff(canvas(), screenshotName(file, entry.name, width));
        });
      }
    }
  });
}
