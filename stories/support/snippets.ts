/** The snippet with the chosen attributes set on the widget element (empty values remove the attribute). */
export function withAttributes(snippet: string, tag: string, attributes: Record<string, string | number | boolean | undefined>): string {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const el = template.content.querySelector(tag);
  if (!el) throw new Error(`The ${tag} snippet has no <${tag}> element.`);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === '' || value === false || value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, String(value));
  }
  return template.innerHTML.trim();
}
