/**
 * Exporting the rose as a file: SVG (the drawing with its computed colours
 * written into it, so it looks the same outside the widget) and PNG (that SVG
 * drawn on a canvas). Nothing leaves the browser and nothing is fetched: the
 * SVG has no external references. Loaded with `import()` on first export.
 */

/** The properties that give the drawing its look; everything else keeps its default. */
const paintProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'display',
] as const;

/** Fills that point into the page (`url("http://…/#rose-pattern-1")`) point into the file instead. */
const localUrl = (value: string) => value.replace(/url\((["']?)[^"')]*#([^"')]+)\1\)/g, 'url(#$2)');

/**
 * A standalone copy of `source`: computed paint written as attributes, no
 * focus or ARIA behaviour, a title and description, and the surface colour
 * as background.
 */
export function serializeSvg(source: SVGSVGElement, title: string, description: string): string {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const leaveOut: Element[] = [];
  originals.forEach((original, index) => {
    const target = copies[index]!;
    // Interaction layers (hit areas, the hover or focus highlight) are not part of the picture.
    if (original.matches('.target, .highlight')) leaveOut.push(target);
    const style = getComputedStyle(original);
    for (const property of paintProperties) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, localUrl(value));
    }
    for (const name of ['class', 'tabindex', 'role', 'part', 'data-index', 'aria-hidden', 'aria-labelledby', 'aria-describedby']) {
      target.removeAttribute(name);
    }
    for (const { name } of [...target.attributes]) if (name.startsWith('aria-')) target.removeAttribute(name);
  });
  leaveOut.forEach((element) => element.remove());
  const namespace = 'http://www.w3.org/2000/svg';
  const background = document.createElementNS(namespace, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(source.parentElement ?? source).backgroundColor || '#ffffff');
  const titleElement = document.createElementNS(namespace, 'title');
  titleElement.textContent = title;
  const descElement = document.createElementNS(namespace, 'desc');
  descElement.textContent = description;
  copy.prepend(titleElement, descElement, background);
  copy.setAttribute('xmlns', namespace);
  copy.setAttribute('role', 'img');
  copy.removeAttribute('style');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Draws SVG text on a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
