import type { Page } from '@playwright/test';

/**
 * Measures, in the page, whether what a screen shows fits: no text cut by its box or a clipping parent, no
 * list (select) too narrow for its choice, no text or control on top of another, no canvas text running into
 * HTML or out of the 1280×720 frame. Returns one line per problem (empty when the screen fits).
 *
 * Only what is on top counts (the centre of an element hits it), so a panel scrolled out of view or a scene
 * under a dialog is not measured; `canvas: false` leaves the canvas out (a dialog covers it).
 */
export function fitProblems(page: Page, options: { canvas: boolean } = { canvas: true }): Promise<string[]> {
  return page.evaluate((withCanvas) => {
    const problems: string[] = [];
    /** Overlaps under this many CSS pixels either way are anti-aliasing and glyph boxes, not a collision. */
    const SLACK = 3;
    const name = (e: Element) => {
      const text = (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${e.tagName.toLowerCase()}${e.className ? ` .${String(e.className).split(' ').join('.')}` : ''}> "${text}"`;
    };
    const shown = (e: Element) => {
      if (e.closest('[hidden], .tt-sr-only, [aria-hidden="true"]')) return false;
      const style = getComputedStyle(e);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0)
        return false;
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const onTop = (e: Element) => {
      const r = e.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && (hit === e || e.contains(hit) || (hit.contains(e) && hit.tagName === 'LABEL'));
    };
    const ownText = (e: Element) =>
      [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());

    interface Box {
      readonly left: number;
      readonly top: number;
      readonly right: number;
      readonly bottom: number;
      readonly owner: Element | null;
      readonly what: string;
    }
    const boxes: Box[] = [];
    const elements = [...document.querySelectorAll('body *')].filter(
      (e) => !['SCRIPT', 'STYLE', 'CANVAS', 'OPTION'].includes(e.tagName) && shown(e),
    );
    for (const e of elements) {
      const texts = ownText(e);
      const control = ['BUTTON', 'SELECT', 'INPUT', 'A'].includes(e.tagName);
      if (texts.length === 0 && !control) continue;
      const style = getComputedStyle(e);
      // Text wider or taller than its own box (cut, or spilling over what is next to it).
      if (style.display !== 'inline' && texts.length > 0) {
        const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY);
        if (!scrolls && e.scrollWidth > e.clientWidth + 1)
          problems.push(`text wider than its box: ${name(e)}`);
      }
      // A list too narrow for the choice it shows.
      if (e instanceof HTMLSelectElement && e.selectedOptions[0]) {
        const ctx = document.createElement('canvas').getContext('2d');
        if (ctx) {
          ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const need = ctx.measureText(e.selectedOptions[0].text).width + 28;
          if (need > e.clientWidth + 1)
            problems.push(
              `list cuts its choice: "${e.selectedOptions[0].text}" (${Math.round(need)} > ${e.clientWidth})`,
            );
        }
      }
      if (!onTop(e)) continue;
      // Cut by a parent that hides what overflows it.
      const r = e.getBoundingClientRect();
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const ps = getComputedStyle(p);
        // Inside a scrolling panel, what lies outside it is a scroll away: reachable, not cut.
        if (/auto|scroll/.test(ps.overflowX + ps.overflowY)) break;
        if (!/hidden|clip/.test(ps.overflowX + ps.overflowY)) continue;
        const pr = p.getBoundingClientRect();
        if (r.right > pr.right + 1 || r.bottom > pr.bottom + 1 || r.left < pr.left - 1 || r.top < pr.top - 1)
          problems.push(`cut by ${name(p).slice(0, 40)}: ${name(e)}`);
        break;
      }
      // What shows of it: a scrolling panel hides what lies outside it.
      let view = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        const ps = getComputedStyle(p);
        if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
        const pr = p.getBoundingClientRect();
        view = {
          left: Math.max(view.left, pr.left),
          top: Math.max(view.top, pr.top),
          right: Math.min(view.right, pr.right),
          bottom: Math.min(view.bottom, pr.bottom),
        };
      }
      const clip = (line: { left: number; top: number; right: number; bottom: number }) => ({
        left: Math.max(line.left, view.left),
        top: Math.max(line.top, view.top),
        right: Math.min(line.right, view.right),
        bottom: Math.min(line.bottom, view.bottom),
        owner: e,
        what: name(e),
      });
      if (control) boxes.push(clip(r));
      else
        for (const node of texts) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const line of range.getClientRects()) boxes.push(clip(line));
        }
    }
    const canvas = document.querySelector('#game canvas');
    if (withCanvas && canvas && window.__tariffTalksTextBoxes) {
      const frame = canvas.getBoundingClientRect();
      const k = frame.width / 1280;
      for (const t of window.__tariffTalksTextBoxes()) {
        if (t.x < -1 || t.y < -1 || t.x + t.width > 1281 || t.y + t.height > 721)
          problems.push(`canvas text out of the frame: "${t.text.slice(0, 40)}"`);
        boxes.push({
          left: frame.left + t.x * k,
          top: frame.top + t.y * k,
          right: frame.left + (t.x + t.width) * k,
          bottom: frame.top + (t.y + t.height) * k,
          owner: null,
          what: `canvas "${t.text.slice(0, 40)}"`,
        });
      }
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (
          a.owner &&
          b.owner &&
          (a.owner === b.owner || a.owner.contains(b.owner) || b.owner.contains(a.owner))
        )
          continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > SLACK && h > SLACK) problems.push(`overlap: ${a.what} / ${b.what}`);
      }
    return [...new Set(problems)];
  }, options.canvas);
}
