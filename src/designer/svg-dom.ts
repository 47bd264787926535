/**
 * Draws a chart's SVG tree (tools/lib/balance-charts.ts, the same trees the HTML report writes as markup) as DOM
 * nodes: elements by createElementNS, attributes by setAttribute, text by textContent. Nothing is parsed.
 */
import type { SvgNode } from '../../tools/lib/balance-charts.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'xmlns') continue;
    element.setAttribute(name, String(value));
  }
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.appendChild(svgElement(child));
  return element;
}
