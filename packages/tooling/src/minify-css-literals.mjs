// Minifies the CSS inside Lit `css` tagged templates at build time: comments and indentation are
// bytes every partner page downloads. Only whitespace and comments go; nothing is reordered or merged,
// so `${…}` token interpolations, selectors such as `.a :hover` and `calc(a + b)` keep their meaning.
// (minify-literals, the library for this, refuses templates with `${…}` inside CSS values — ours
// interpolate design tokens everywhere.)

const CSS_TEMPLATE = /\bcss`((?:[^`\\$]|\\[\s\S]|\$(?!\{)|\$\{[^}]*\})*)`/g;

/** Minifies one template's source text (between the backticks), leaving `${…}` parts untouched. */
export function minifyCssTemplate(source) {
  const parts = source.split(/(\$\{[^}]*\})/);
  return parts
    .map((part, i) => (i % 2 === 1 ? part : minifyCssText(part)))
    .join('')
    .trim();
}

function minifyCssText(text) {
  return (
    text
      // Comments (CSS has no `//` comments). `\`` escapes inside them go with them.
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Space around block and declaration punctuation never matters; around `:` it can (`.a :hover`),
      // and around `+`/`-` it does inside calc().
      .replace(/ ?([{};,>]) ?/g, '$1')
      // After a property name (which follows `{` or `;`) the space is never needed.
      .replace(/([{;][a-z-]+): /g, '$1:')
      .replace(/ !important/g, '!important')
      .replace(/;}/g, '}')
  );
}

/** Rewrites every `css` template in a module's code; returns undefined when there is none. */
export function minifyCssLiterals(code) {
  if (!code.includes('css`')) return undefined;
  let changed = false;
  const out = code.replace(CSS_TEMPLATE, (whole, body) => {
    const min = minifyCssTemplate(body);
    if (min === body) return whole;
    changed = true;
    return `css\`${min}\``;
  });
  return changed ? out : undefined;
}

/** Vite/Rollup plugin: minifies `css` templates in our packages' sources when building. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'ctkit-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/.test(id)) return undefined;
      const out = minifyCssLiterals(code);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
