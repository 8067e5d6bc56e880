/** The key in localStorage, written only after the person ticks "Remember my answers on this device". */
export const STORAGE_KEY = 'ctkit-access-needs';

/** The answers as saved on the device and in the form's restore state. */
export interface SavedAnswers {
  needs: string[];
  other: string;
  contact: boolean;
}

/** Reads saved or restored answers — an object, or JSON text of one — keeping only what has the right shape. */
export function parseAnswers(raw: unknown): SavedAnswers | undefined {
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.needs) || !r.needs.every((n) => typeof n === 'string')) return undefined;
  return { needs: r.needs, other: typeof r.other === 'string' ? r.other : '', contact: r.contact === true };
}
