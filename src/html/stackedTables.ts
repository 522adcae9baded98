/**
 * Phone-first tables. A table with the class `stack` is shown as one card per row on narrow screens
 * (src/styles/phone-tables.css), each value under the name of its column. CSS cannot read a column's
 * header, so this build-time pass copies each header's text into `data-label` on the cells of its
 * column. The table stays a real <table>. A row whose cells do not line up with the header row fails
 * the build: its labels would be wrong.
 */

const STACKED = /<table\b[^>]*\bclass="(?:[^"]*\s)?stack(?:\s[^"]*)?"[^>]*>[\s\S]*?<\/table>/g;
const HEAD = /<thead\b[^>]*>([\s\S]*?)<\/thead>/;
const BODY = /(<tbody\b[^>]*>)([\s\S]*?)(<\/tbody>)/;
const HEADER_CELL = /<th\b[^>]*>([\s\S]*?)<\/th>/g;
const ROW = /(<tr\b[^>]*>)([\s\S]*?)(<\/tr>)/g;
const CELL_OPEN = /<(td|th)(?=[\s>])/g;

/** Visible text of a header cell, for an attribute: tags dropped, whitespace collapsed, quotes escaped. */
const label = (html: string) => html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim().replace(/"/g, "&quot;");

function labelTable(table: string): string {
  const head = HEAD.exec(table);
  const body = BODY.exec(table);
  if (!head || !body) throw new Error(`a table with class "stack" needs a <thead> and a <tbody>: ${table.slice(0, 120)}…`);
  const labels = [...head[1]!.matchAll(HEADER_CELL)].map((m) => label(m[1]!));
  const rows = body[2]!.replace(ROW, (_, open: string, cells: string, close: string) => {
    let i = 0;
    const labelled = cells.replace(CELL_OPEN, (tag) => {
      const name = labels[i++];
      if (name === undefined) throw new Error(`a row of a "stack" table has more cells than its ${labels.length} column headers: ${cells.slice(0, 120)}…`);
      return `${tag} data-label="${name}"`;
    });
    if (i !== labels.length) throw new Error(`a row of a "stack" table has ${i} cells for ${labels.length} column headers: ${cells.slice(0, 120)}…`);
    return open + labelled + close;
  });
  return table.replace(body[0], body[1] + rows + body[3]);
}

/** The page's HTML with the cells of every `stack` table labelled by their column headers. */
export function labelStackedTables(html: string): string {
  return html.replace(STACKED, labelTable);
}
