/**
 * Every story is an accessibility test: each story of every `stories/**\/*.stories.ts` file is mounted
 * (args, decorators, globals, `play`) and scanned with two engines: axe (WCAG 2.0–2.2 A/AA and best
 * practices) and IBM's Equal Access checker (its IBM Accessibility guideline; violations only — what it
 * marks "potential" or recommends is for a person to review, see scanIbm in support/story-sweep.ts). A
 * story tagged `!test` is left out (for stories that must fail on purpose). Runs in Chromium and Firefox,
 * in English and in Welsh. The stories are dealt out over four files (this one and stories.a11y-2/3/4).
 */
import { sweepStories } from './support/story-sweep-suite.js';

await sweepStories(1, 4);
