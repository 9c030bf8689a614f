/** A value a CSV cell can hold; lists are joined with "; " before they get here. */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters that force a field into quotes (RFC 4180, section 2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: quoted when it holds a comma, quote or line break, with quotes doubled. */
function csvField(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return NEEDS_QUOTES.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The byte order mark that tells Excel on Windows the file is UTF-8: without it,
 * Excel reads "–" and "é" as Windows-1252 and garbles them. LibreOffice, pandas
 * (`encoding="utf-8-sig"`), R's readr and csv-parse (`bom: true`) skip it.
 */
const UTF8_BOM = '\uFEFF';

/**
 * Serialises a table as RFC 4180 CSV: a header row, CRLF line breaks (also after
 * the last record), fields quoted only when they must be, and with `bom` the
 * UTF-8 byte order mark first. Throws when a row has a different number of
 * cells than the header, since a shifted column would silently put values
 * under the wrong name.
 */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly CsvCell[])[],
	options: { bom?: boolean } = {},
): string {
	const lines = [header.map(csvField).join(',')];
	rows.forEach((row, index) => {
		if (row.length !== header.length) {
			throw new Error(
				`CSV row ${index + 1} has ${row.length} cells but the header has ${header.length} (${header.join(', ')}).`,
			);
		}
		lines.push(row.map(csvField).join(','));
	});
	return `${options.bom ? UTF8_BOM : ''}${lines.join('\r\n')}\r\n`;
}
