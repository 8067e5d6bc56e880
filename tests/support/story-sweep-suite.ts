import { expect } from '@open-wc/testing';
import {
  describeIbm,
  describeViolations,
  mountStory,
  scan,
  scanIbm,
  storiesOf,
  storiesOfPart,
  storyCanvas,
} from './story-sweep.js';

/**
 * Declares the accessibility sweep's tests for part `part` (1-based) of `parts`: every story of every
 * `stories/**\/*.stories.ts` file, dealt out in turn so the parts are even. Each part is a test file of
 * its own (tests/stories.a11y*.test.ts), so each has the runner's whole time limit: two engines over
 * every story, in two languages, took longer than one file may run on a loaded machine.
 */
export async function sweepStories(part: number, parts: number): Promise<void> {
  const { modules, mine } = await storiesOfPart(part, parts);

  describe(`accessibility sweep of every story, part ${String(part)} of ${String(parts)}`, () => {
    it('finds the story files', () => {
      expect(modules.length).to.be.greaterThan(0);
    });
    // Once for the whole sweep, a test per file (as before the sweep was dealt out over four files).
    if (part === 1) {
      for (const [file, mod] of modules) {
        it(`${file} exports stories`, () => {
          expect(storiesOf(mod).length, `${file} has no stories`).to.be.greaterThan(0);
        });
      }
    }

    const canvas = storyCanvas();
    for (const { file, entry } of mine) {
      const tags = [...(entry.meta.tags ?? []), ...(entry.story.tags ?? [])];
      if (tags.includes('!test')) continue;
      for (const locale of ['en', 'cy']) {
        it(`${file} › ${entry.name} (${locale}) has no axe violations and no IBM Equal Access violations`, async () => {
          await mountStory(entry, canvas(), { locale });
          const violations = await scan(canvas());
          expect(violations, describeViolations(violations)).to.have.length(0);
          const ibm = await scanIbm(canvas());
          expect(ibm, describeIbm(ibm)).to.have.length(0);
        });
      }
    }
  });
}
