/**
 * Plain-text tables for the command-line tools: column widths as a terminal shows them (a wide character two).
 * Pure, with no Node import, so modules the browser loads too (balance-report.ts) can use it.
 */

/** Characters a terminal shows two columns wide: East Asian wide and full-width (漢字, かな, 「」, Ａ). */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** How many columns a text takes in a terminal (a wide character two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Pads columns to a table: every row the same number of cells; `right` lists columns aligned right. Widths are
 * the terminal's (displayWidth), so a Japanese column lines up.
 */
export function formatTable(rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell));
    });
  return rows.map((row) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - displayWidth(cell));
        return right.includes(c) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
