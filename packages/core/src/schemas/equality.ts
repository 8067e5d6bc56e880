/**
 * The equality-monitoring questions and their answers (the sign-up form's optional step, the receiver's
 * counts). A module of its own, kept out of the shared chunk (vite.config.ts): only pages with a sign-up
 * form pay for it.
 */
/** Equality monitoring: every question optional, every one with "prefer not to say". */
export const EQUALITY = {
  ageGroup: ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65-plus', 'prefer-not-to-say'],
  disability: ['yes', 'no', 'prefer-not-to-say'],
  ethnicity: ['asian', 'black', 'mixed', 'white', 'other', 'prefer-not-to-say'],
  gender: ['woman', 'man', 'non-binary', 'self-describe', 'prefer-not-to-say'],
  trans: ['yes', 'no', 'prefer-not-to-say'],
  sexualOrientation: ['bisexual', 'gay-or-lesbian', 'straight', 'self-describe', 'prefer-not-to-say'],
  socioEconomic: ['professional', 'intermediate', 'routine-manual', 'never-worked', 'other', 'prefer-not-to-say'],
} as const;
