// What the test reads back from the page: did every widget upgrade and render, which events arrived.
export const TAGS = [
  'ct-sign-up-form',
  'ct-access-needs',
  'ct-event-card',
  'ct-event-list',
  'ct-community-map',
] as const;

export interface Report {
  upgraded: Partial<Record<(typeof TAGS)[number], boolean>>;
  events: string[];
  done: boolean;
}

declare global {
  interface Window {
    ctkitReport?: Report;
  }
}

export const report: Report = { upgraded: {}, events: [], done: false };
window.ctkitReport = report;

/** Waits for each widget to be defined and rendered, then marks the report done. */
export async function checkUpgrades(): Promise<void> {
  for (const tag of TAGS) {
    await customElements.whenDefined(tag);
    const element = document.querySelector(tag);
    if (element) await element.updateComplete;
    report.upgraded[tag] = Boolean(element?.shadowRoot?.textContent?.trim());
  }
  report.done = true;
}
