/**
 * Test helpers every browser test may use (packages' tests import them by relative path: test code is
 * never published). A helper used by two test files lives here, not copied into each.
 */
import { waitUntil } from '@open-wc/testing';

/**
 * How long `waitFor` waits before it fails: a floor generous enough for a busy two-core machine (a state
 * that is reached at all is reached well within it), under the runner's 20 s limit per test.
 */
export const WAIT_TIMEOUT = 15_000;

/**
 * Waits until `check` returns something truthy, polling; fails after `WAIT_TIMEOUT` with `message`.
 * Tests wait for states and events this way, never for a fixed time.
 */
export function waitFor(check: () => unknown, message: string): Promise<void> {
  return waitUntil(check, message, { timeout: WAIT_TIMEOUT });
}

/** An element's shadow root (every ctkit widget has one). */
export function root(el: Element): ShadowRoot {
  const shadow = el.shadowRoot;
  if (!shadow) throw new Error(`<${el.localName}> has no open shadow root`);
  return shadow;
}

/** The element focused inside `el`'s shadow root, or null. */
export function focused(el: Element): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

/** The element focused on the page, followed down through every shadow root. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Replaces console.warn with a recorder until `restore()`: each call's arguments as given (`warnings`),
 * and as one string (`texts`). Call restore in a `finally`.
 */
export function swapConsoleWarn(): { warnings: unknown[][]; texts: string[]; restore: () => void } {
  const original = console.warn;
  const warnings: unknown[][] = [];
  const texts: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
    texts.push(args.map(String).join(' '));
  };
  return {
    warnings,
    texts,
    restore: () => {
      console.warn = original;
    },
  };
}

/** The console warnings made while `fn` runs (each call's arguments joined into one string). */
export async function warningsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const swap = swapConsoleWarn();
  try {
    await fn();
  } finally {
    swap.restore();
  }
  return swap.texts;
}
