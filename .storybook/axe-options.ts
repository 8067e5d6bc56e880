/**
 * The one axe configuration: Storybook's a11y panel and the test sweep (tests/stories.a11y.test.ts)
 * both use it. WCAG 2.0, 2.1 and 2.2 at A and AA, plus axe's best practices — less the page-level rules
 * that cannot apply to a widget shown on its own (a story is not a whole page).
 */
export const axeRunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
  },
  rules: {
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
  resultTypes: ['violations'],
} as const;
