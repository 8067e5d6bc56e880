import { expect } from '@open-wc/testing';
import { colorToken, contrastPairs, contrastRatio } from '@ctkit/tokens';
import { darkColors, darkExempt } from '@ctkit/tokens/dark';

describe('design tokens meet WCAG 2.2 AA contrast', () => {
  it('computes known ratios correctly', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    expect(contrastRatio('#777', '#fff')).to.be.closeTo(4.48, 0.01);
  });

  for (const [fg, bg] of contrastPairs.text) {
    it(`text ${fg} on ${bg} is at least 4.5:1`, () => {
      expect(contrastRatio(colorToken(fg), colorToken(bg))).to.be.at.least(4.5);
    });
  }
  for (const [fg, bg] of contrastPairs.ui) {
    it(`component ${fg} against ${bg} is at least 3:1`, () => {
      expect(contrastRatio(colorToken(fg), colorToken(bg))).to.be.at.least(3);
    });
  }

  // The dark set (color-scheme="auto" under prefers-color-scheme: dark): the same pairs, with dark values
  // where the set has them and the light value (the brand) where it does not.
  const dark = (path: string) => darkColors[path.replace(/^color\./, '')] ?? colorToken(path);
  const exempt = (fg: string, bg: string) => darkExempt.some(([a, b]) => a === fg && b === bg);
  for (const [fg, bg] of contrastPairs.text) {
    it(`dark: text ${fg} on ${bg} is at least 4.5:1`, () => {
      expect(contrastRatio(dark(fg), dark(bg))).to.be.at.least(4.5);
    });
  }
  for (const [fg, bg] of contrastPairs.ui.filter(([fg, bg]) => !exempt(fg, bg))) {
    it(`dark: component ${fg} against ${bg} is at least 3:1`, () => {
      expect(contrastRatio(dark(fg), dark(bg))).to.be.at.least(3);
    });
  }

  it('dark: the focus highlight against the dark surface is at least 3:1', () => {
    expect(contrastRatio(colorToken('color.focus'), dark('color.surface'))).to.be.at.least(3);
  });

  it('rejects a colour that is not hex, rather than guessing', () => {
    expect(() => contrastRatio('red', '#fff')).to.throw('Not a hex colour: "red"');
  });
});
