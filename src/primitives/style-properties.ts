/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`)
 * instead of a `style` attribute. A strict Content-Security-Policy without
 * 'unsafe-inline' blocks style attributes, including the one Lit's `styleMap`
 * writes on first render; CSSOM changes are allowed. Use it for the few values
 * that must be computed at run time (a bar's length, a tooltip's position).
 *
 *   <div ${styleProperties({ 'inline-size': '40%' })}></div>
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProperties = Readonly<Record<string, string | undefined>>;

class StylePropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new Error('styleProperties() goes on an element: <div ${styleProperties({...})}>');
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.applied) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.applied = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.applied.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
