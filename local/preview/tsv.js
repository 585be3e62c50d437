// Tab-separated text as Sheets copies cells: one line per row, tabs between cells, and a
// cell holding a tab, a newline or a leading quote wrapped in quotes with quotes doubled.

/** Rows of cell text; a trailing line break (Sheets adds none, other apps do) ends no row. */
export function parseTsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let i = 0;
  const input = text.replace(/\r\n?/g, '\n');
  while (i < input.length) {
    const ch = input[i];
    if (cell === '' && ch === '"' && isQuotedCell(input, i)) {
      // A quoted cell: read to its closing quote, "" being one quote.
      i++;
      while (i < input.length) {
        if (input[i] === '"' && input[i + 1] === '"') { cell += '"'; i += 2; }
        else if (input[i] === '"') { i++; break; }
        else cell += input[i++];
      }
      continue;
    }
    if (ch === '\t') { row.push(cell); cell = ''; }
    else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/** A quote opens a quoted cell only if a closing quote ends the cell (before a tab, newline or the end). */
function isQuotedCell(input, start) {
  for (let i = start + 1; i < input.length; i++) {
    if (input[i] !== '"') continue;
    if (input[i + 1] === '"') { i++; continue; }
    const next = input[i + 1];
    return next === undefined || next === '\t' || next === '\n';
  }
  return false;
}

/** Cells as Sheets puts them on the clipboard. */
export function toTsv(rows) {
  const quote = (s) => (/[\t\n]/.test(s) || s.startsWith('"') ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((row) => row.map(quote).join('\t')).join('\n');
}
