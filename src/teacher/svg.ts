/**
 * SVG built node by node (createElementNS, textContent): no markup is ever parsed, so a student's name in a
 * label stays text. Colours are presentation attributes, which the page's CSP allows (no style attributes).
 */
import type { MarkerShape } from '../ui/charts/party-style.ts';

const NS = 'http://www.w3.org/2000/svg';

type Attrs = Readonly<Record<string, string | number>>;

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: readonly Node[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.appendChild(child);
  return node;
}

export function svgText(x: number, y: number, text: string, attrs: Attrs = {}): SVGTextElement {
  const node = svgEl('text', { x: round(x), y: round(y), ...attrs });
  node.textContent = text;
  return node;
}

export const round = (v: number): number => Math.round(v * 10) / 10;

let chartCount = 0;

/** A chart's root: scales with its box, with a title and a description for screen readers. */
export function svgRoot(width: number, height: number, title: string, description: string): SVGSVGElement {
  const root = svgEl('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    class: 'tt-chart',
  });
  chartCount++;
  const id = `tt-chart-${chartCount}`;
  const titleNode = svgEl('title', { id: `${id}-t` });
  titleNode.textContent = title;
  const desc = svgEl('desc', { id: `${id}-d` });
  desc.textContent = description;
  root.setAttribute('aria-labelledby', `${id}-t ${id}-d`);
  root.append(titleNode, desc);
  return root;
}

/** A marker of a given shape centred on (x, y), `size` across. */
export function marker(
  shape: MarkerShape,
  x: number,
  y: number,
  size: number,
  fill: string,
  stroke: string,
  strokeWidth = 1.5,
): SVGElement {
  const h = size / 2;
  const paint = { fill, stroke, 'stroke-width': strokeWidth };
  const poly = (points: readonly (readonly [number, number])[]) =>
    svgEl('polygon', {
      points: points.map(([px, py]) => `${round(x + px)},${round(y + py)}`).join(' '),
      ...paint,
    });
  switch (shape) {
    case 'circle':
      return svgEl('circle', { cx: round(x), cy: round(y), r: round(h), ...paint });
    case 'square':
      return svgEl('rect', {
        x: round(x - h * 0.85),
        y: round(y - h * 0.85),
        width: round(h * 1.7),
        height: round(h * 1.7),
        ...paint,
      });
    case 'diamond':
      return poly([
        [0, -h],
        [h, 0],
        [0, h],
        [-h, 0],
      ]);
    case 'triangle':
      return poly([
        [0, -h],
        [h, h * 0.8],
        [-h, h * 0.8],
      ]);
    case 'star': {
      const points: [number, number][] = [];
      for (let k = 0; k < 10; k++) {
        const r = k % 2 === 0 ? h : h * 0.45;
        const a = -Math.PI / 2 + (k * Math.PI) / 5;
        points.push([r * Math.cos(a), r * Math.sin(a)]);
      }
      return poly(points);
    }
    case 'cross': {
      const w = h * 0.38;
      return poly([
        [-h, -h + w],
        [-h + w, -h],
        [0, -w],
        [h - w, -h],
        [h, -h + w],
        [w, 0],
        [h, h - w],
        [h - w, h],
        [0, w],
        [-h + w, h],
        [-h, h - w],
        [-w, 0],
      ]);
    }
  }
}
