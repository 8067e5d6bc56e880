/**
 * What a person has typed, kept in sessionStorage so an accidental reload loses nothing. The draft
 * lives only in this tab, until it is cleared (on submit) or the tab is closed. Blocked or full
 * storage is not an error: the form simply works without a draft.
 */

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft<T extends object>(key: string): Partial<T> | undefined {
  try {
    const raw = session()?.getItem(key);
    const value = raw ? (JSON.parse(raw) as unknown) : undefined;
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, value: object): boolean {
  try {
    session()?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(key: string): void {
  try {
    session()?.removeItem(key);
  } catch {
    // storage blocked: nothing was kept
  }
}
