/**
 * Every story is an accessibility test: each story of every `stories/**\/*.stories.ts` file is mounted
 * (args, decorators, globals, `play`) and scanned with axe, WCAG 2.0–2.2 A/AA and best practices. A
 * story tagged `!test` is left out (for stories that must fail on purpose). Runs in Chromium and Firefox,
 * in English and in Welsh.
 */
import { expect } from '@open-wc/testing';
import storiesIndex from 'virtual:ctkit-stories';
import { describeViolations, mountStory, scan, storiesOf, storyCanvas } from './support/story-sweep.js';

// Top-level await: test names must be known when the suites are declared.
const modules = await Promise.all(
  Object.entries(storiesIndex).map(async ([file, load]) => [file, (await load()) as Record<string, unknown>] as const),
);

describe('accessibility sweep of every story', () => {
  it('finds the story files', () => {
    expect(modules.length).to.be.greaterThan(0);
  });

  for (const [file, mod] of modules) {
    describe(file, () => {
      const canvas = storyCanvas();

      const entries = storiesOf(mod);
      it('exports stories', () => {
        expect(entries.length, `${file} has no stories`).to.be.greaterThan(0);
      });

      for (const entry of entries) {
        const tags = [...(entry.meta.tags ?? []), ...(entry.story.tags ?? [])];
        if (tags.includes('!test')) continue;
        for (const locale of ['en', 'cy']) {
          it(`${entry.name} (${locale}) has no axe violations`, async () => {
            await mountStory(entry, canvas(), { locale });
            const violations = await scan(canvas());
            expect(violations, describeViolations(violations)).to.have.length(0);
          });
        }
      }
    });
  }
});
