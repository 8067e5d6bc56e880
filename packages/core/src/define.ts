/**
 * Registers a custom element unless that name is taken. A partner page may load the embed script twice,
 * or the script and an npm build side by side: the first definition wins and nothing throws.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (customElements.get(name)) return;
  customElements.define(name, constructor);
}
