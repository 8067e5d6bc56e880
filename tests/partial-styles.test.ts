/**
 * A widget lists the partials' styles it renders (CtElement gives only the host reset and buttons), so a
 * widget that renders a partial without listing its styles would show it unstyled. This sweep mounts
 * every story (every widget in its states: errors, success, notifications, map views…) and checks, in
 * each shadow root, that every `ct-*` class on its elements is named by at least one rule of that
 * root's own style sheets.
 */
import { expect } from '@open-wc/testing';
import storiesIndex from 'virtual:ctkit-stories';
import { mountStory, storiesOf, storyCanvas } from './support/story-sweep.js';

const modules = await Promise.all(
  Object.entries(storiesIndex).map(async ([file, load]) => [file, (await load()) as Record<string, unknown>] as const),
);

/** Class names a selector names (`.ct-x`, `:host(.ct-x)`, `.ct-a .ct-b:focus`…). */
function classesIn(selector: string): string[] {
  return [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}

/** Every class named by a rule of these sheets, nested and @media rules included. */
function styledClasses(sheets: Iterable<CSSStyleSheet>): Set<string> {
  const found = new Set<string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) for (const name of classesIn(rule.selectorText)) found.add(name);
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of sheets) visit(sheet.cssRules);
  return found;
}

/** Every shadow root of a ct-* element under `root`, nested ones included. */
function widgetRoots(root: Element | ShadowRoot): [Element, ShadowRoot][] {
  const found: [Element, ShadowRoot][] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    if (el.localName.startsWith('ct-')) found.push([el, el.shadowRoot]);
    found.push(...widgetRoots(el.shadowRoot));
  }
  return found;
}

/**
 * The `ct-*` classes in a shadow root that none of its own rules name. A BEM block (`ct-choices`) counts
 * as styled when rules name its elements or modifiers (`.ct-choices__item`, `.ct-choices--small …`).
 */
function unstyledClasses(shadow: ShadowRoot): string[] {
  const styled = styledClasses([...shadow.adoptedStyleSheets, ...shadow.styleSheets]);
  const isStyled = (name: string) =>
    styled.has(name) || [...styled].some((rule) => rule.startsWith(`${name}__`) || rule.startsWith(`${name}--`));
  const used = new Set<string>();
  for (const el of shadow.querySelectorAll('[class]')) {
    for (const name of el.classList) if (name.startsWith('ct-')) used.add(name);
  }
  return [...used].filter((name) => !isStyled(name)).sort();
}

/**
 * Classes in a shadow root outside the one scheme: every class a widget renders starts with `ct-` (BEM with a
 * `ct-` block). A hook for scripts or tests is an id, a `part`, a role or a data attribute, not a class.
 */
function foreignClasses(shadow: ShadowRoot): string[] {
  const found = new Set<string>();
  for (const el of shadow.querySelectorAll('[class]'))
    for (const name of el.classList) if (!name.startsWith('ct-')) found.add(name);
  return [...found].sort();
}

const seen = new Map<string, Set<string>>();

describe('every class a widget renders is a ct- class, styled in its own shadow root', () => {
  for (const [file, mod] of modules) {
    describe(file, () => {
      const canvas = storyCanvas();

      for (const entry of storiesOf(mod)) {
        const tags = [...(entry.meta.tags ?? []), ...(entry.story.tags ?? [])];
        if (tags.includes('!test')) continue;
        it(entry.name, async () => {
          await mountStory(entry, canvas(), { locale: 'en' });
          const problems: string[] = [];
          for (const [el, shadow] of widgetRoots(canvas())) {
            const classes = seen.get(el.localName) ?? new Set<string>();
            for (const node of shadow.querySelectorAll('[class]'))
              for (const name of node.classList) if (name.startsWith('ct-')) classes.add(name);
            seen.set(el.localName, classes);
            const missing = unstyledClasses(shadow);
            if (missing.length) problems.push(`<${el.localName}> renders ${missing.join(', ')} with no rule for them`);
            const offScheme = foreignClasses(shadow);
            if (offScheme.length)
              problems.push(
                `<${el.localName}> renders ${offScheme.join(', ')}: classes are BEM with a ct- block (CONTRIBUTING.md, "Class names")`,
              );
          }
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });
      }
    });
  }
});

// Runs after the sweep (Mocha runs a suite's own tests before its nested suites', so this is a suite of
// its own): the sweep proves something only if the stories render each widget and each partial.
describe('the styles sweep', () => {
  it('saw every widget render the partials it uses', () => {
    const expected: Record<string, string[]> = {
      'ct-access-needs': ['ct-fieldset', 'ct-hint', 'ct-legend', 'ct-choices__item', 'ct-textarea', 'ct-error-message'],
      'ct-sign-up-form': [
        'ct-input',
        'ct-choices__item',
        'ct-button',
        'ct-error-summary',
        'ct-notification',
        'ct-link-button',
      ],
      'ct-event-card': ['ct-button', 'ct-tag'],
      'ct-event-list': ['ct-select', 'ct-input', 'ct-button'],
      'ct-community-map': ['ct-input', 'ct-select', 'ct-button', 'ct-tag'],
      'ct-partial-preview': [
        'ct-input',
        'ct-textarea',
        'ct-choices__item',
        'ct-button',
        'ct-error-summary',
        'ct-notification',
        'ct-tag',
      ],
    };
    for (const [tag, classes] of Object.entries(expected)) {
      const rendered = seen.get(tag) ?? new Set<string>();
      for (const name of classes) expect(rendered.has(name), `no story rendered .${name} in <${tag}>`).to.equal(true);
    }
  });
});
