import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Places an element with `left` and `top` through the CSSOM (`element.style`), never through a `style`
 * attribute: a partner's strict Content Security Policy (`style-src 'self'`) blocks style attributes —
 * which Lit's styleMap writes on first render, leaving every marker in one corner and firing a violation —
 * but not CSSOM writes.
 */
class Position extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('position() goes on an element: <button ${position(left, top)}>');
  }

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
