// Takes the indentation out of Lit `html` and `svg` templates at build time: every line break in a
// template is followed by the source's indentation, bytes that every partner page downloads and the
// browser then collapses. A run of white space that holds a line break becomes one line break; nothing
// else changes. HTML treats any run of white space between words, tags and attributes alike (outside
// <pre> and a <textarea>'s text, which our templates never write out), so the page reads and renders
// the same. `${…}` parts, nested templates included, are left to their own pass.
//
// The TypeScript parser finds the templates, so strings, comments and regular expressions that merely
// contain "html`" are never touched.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);

/** Collapses each run of white space holding a line break into one line break. */
export function collapseTemplateText(text) {
  return text.replace(/[ \t]*\r?\n\s*/g, '\n');
}

/**
 * Rewrites every `html`/`svg` tagged template in `code` (TypeScript or JavaScript); returns undefined
 * when nothing changed.
 */
export function minifyHtmlLiterals(code, fileName = 'module.ts') {
  if (!code.includes('html`') && !code.includes('svg`')) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** [start, end) ranges of template text (between the backticks, outside `${…}`). */
  const ranges = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) {
        ranges.push([t.getStart(source) + 1, t.end - 1]);
      } else {
        ranges.push([t.head.getStart(source) + 1, t.head.end - 2]);
        for (const span of t.templateSpans) {
          const lit = span.literal;
          const tail = ts.isTemplateTail(lit);
          ranges.push([lit.getStart(source) + 1, lit.end - (tail ? 1 : 2)]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!ranges.length) return undefined;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += code.slice(at, start) + collapseTemplateText(code.slice(start, end));
    at = end;
  }
  out += code.slice(at);
  return out === code ? undefined : out;
}

/** Vite/Rollup plugin: minifies `html`/`svg` templates in our packages' sources when building. */
export function minifyHtmlLiteralsPlugin() {
  return {
    name: 'ctkit-minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/.test(id)) return undefined;
      const out = minifyHtmlLiterals(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
