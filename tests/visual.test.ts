/**
 * Screenshot baselines for every story (issue 18): each story of every `stories/**\/*.stories.ts` file at 1280
 * and 320 px wide, compared in Chromium with its baseline in tests/screenshots/ so the look cannot drift
 * unseen. Refresh the baselines after a change you mean: `CTKIT_UPDATE_SCREENSHOTS=1` (CONTRIBUTING.md,
 * "Screenshots"). Chromium only: in Firefox this file declares no test. The stories are dealt out over
 * four files (visual.test.ts and visual-2/3/4), as the accessibility sweep's are.
 */
import { visualStories } from './support/visual-suite.js';

await visualStories(1, 4);
