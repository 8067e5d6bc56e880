// Part 2 of the story sweep: see stories.a11y.test.ts.
import { sweepStories } from './support/story-sweep-suite.js';

await sweepStories(2, 4);
