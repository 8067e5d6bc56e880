// Part 4 of the story sweep: see stories.a11y.test.ts.
import { sweepStories } from './support/story-sweep-suite.js';

await sweepStories(4, 4);
