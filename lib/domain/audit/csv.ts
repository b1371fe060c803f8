// CSV (RFC 4180) for exports. Cells that a spreadsheet would run as a formula (=, +, -, @, tab,
// carriage return first) get a leading apostrophe: an audit entry written by one person must not
// execute in the spreadsheet of the admin who exports it ("CSV injection").
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString()
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
