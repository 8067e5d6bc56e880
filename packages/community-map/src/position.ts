import { noChange, type ElementPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Places an element with `left` and `top` through the CSSOM (`element.style`), never through a `style`
 * attribute: a partner's strict Content Security Policy (`style-src 'self'`) blocks style attributes —
 * which Lit's styleMap writes on first render, leaving every marker in one corner and firing a violation —
 * but not CSSOM writes. Goes on an element (`<button ${position(left, top)}>`): the map's markers are its
 * only use, so it does not check its part's type at run time.
 */
class Position extends Directive {
  render(_left: string, _top: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [left, top]: [string, string]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    style.left = left;
    style.top = top;
    return noChange;
  }
}

export const position = directive(Position);
