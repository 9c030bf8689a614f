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
 * Serialises a table as RFC 4180 CSV: a header row, CRLF line breaks (also after
 * the last record), fields quoted only when they must be. Throws when a row has
 * a different number of cells than the header, since a shifted column would
 * silently put values under the wrong name.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const lines = [header.map(csvField).join(',')];
	rows.forEach((row, index) => {
		if (row.length !== header.length) {
			throw new Error(
				`CSV row ${index + 1} has ${row.length} cells but the header has ${header.length} (${header.join(', ')}).`,
			);
		}
		lines.push(row.map(csvField).join(','));
	});
	return `${lines.join('\r\n')}\r\n`;
}
