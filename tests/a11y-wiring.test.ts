/**
 * Proves the accessibility sweep can fail: a deliberately inaccessible story module goes through the
 * same mount-and-scan path as every real story, and the violations must be reported.
 */
import { expect } from '@open-wc/testing';
import { mountStory, scan, storiesOf } from './support/story-sweep.js';
import * as inaccessible from './support/inaccessible.fixture.js';

describe('the accessibility sweep reports violations', () => {
  it('flags an unlabelled input, an image without alt text and low-contrast text', async () => {
    const canvas = document.createElement('div');
    document.body.append(canvas);
    try {
      const [entry] = storiesOf(inaccessible);
      await mountStory(entry!, canvas);
      const ids = (await scan(canvas)).map((v) => v.id);
      expect(ids).to.include.members(['label', 'image-alt', 'color-contrast']);
    } finally {
      canvas.remove();
    }
  });
});
