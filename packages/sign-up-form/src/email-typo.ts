/**
 * Suggests a correction for a mistyped common email domain ("gmial.com" → "gmail.com"). Only a
 * suggestion: the person can accept or ignore it, and an unusual domain is never blocked.
 */

/** Domains most UK sign-ups use. A domain on this list is never "corrected". */
export const COMMON_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.co.uk',
  'live.com',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'me.com',
  'aol.com',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'talktalk.net',
  'protonmail.com',
  'proton.me',
  'msn.com',
] as const;

/** Endings typed by mistake, and what was meant. */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/\.(con|cmo|ocm|comm|cim|vom|xom)$/, '.com'],
  [/\.(co\.k|co\.uj|co\.ul|couk|co\.u|cp\.uk|c\.uk)$/, '.co.uk'],
  [/\.(nte|met)$/, '.net'],
  [/\.(ogr|rog)$/, '.org'],
];

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  // One flat row-major table; `at(i, j)` reads it, out-of-range cells count as "far".
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => d[i * width + j] ?? Infinity;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      let value: number;
      if (i === 0) value = j;
      else if (j === 0) value = i;
      else {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * width + j] = value;
    }
  }
  return at(a.length, b.length);
}

/** The corrected address, or undefined when the domain looks right (or is simply unknown). */
export function suggestEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return undefined;
  const local = email.slice(0, at);
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if ((COMMON_DOMAINS as readonly string[]).includes(domain)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of COMMON_DOMAINS) {
    // Short domains allow one slip; longer ones two.
    const allowed = candidate.length <= 7 ? 1 : 2;
    const d = editDistance(domain, candidate, allowed);
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (!best) {
    for (const [pattern, ending] of ENDINGS) {
      if (pattern.test(domain)) {
        const fixed = domain.replace(pattern, ending);
        if (fixed !== domain) best = fixed;
        break;
      }
    }
  }
  return best ? `${local}@${best}` : undefined;
}
