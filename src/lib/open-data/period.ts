/** A period as full calendar dates, for typed open data (Frictionless `date`). */
export interface PeriodBounds {
	/** First day, YYYY-MM-DD. */
	start: string;
	/** Last day, YYYY-MM-DD. */
	end: string;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The first day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) covers. */
function firstDay(date: string): string {
	const [year, month = '01', day = '01'] = date.split('-');
	return `${year}-${month}-${day}`;
}

/** The last day a partial date covers: the year's 31 December, the month's last day, or the day itself. */
function lastDay(date: string): string {
	const [year, month, day] = date.split('-');
	if (day) return date;
	if (!month) return `${year}-12-31`;
	// Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
	const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
	return `${year}-${month}-${pad(last)}`;
}

/**
 * Turns a period as the content writes it ("2024", "2023-07", "2025-11-30",
 * or an ISO 8601 interval "2025-01/2025-09") into its first and last day, so
 * a spreadsheet can sort and filter by date. Throws, naming the text, on
 * anything else or on an interval that ends before it starts.
 */
export function periodBounds(period: string): PeriodBounds {
	const parts = period.split('/');
	const valid = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
	if (parts.length > 2 || parts.some((part) => !valid.test(part)))
		throw new Error(`"${period}" is not a period: write YYYY, YYYY-MM, YYYY-MM-DD or "start/end".`);
	const bounds = { start: firstDay(parts[0] as string), end: lastDay(parts[parts.length - 1] as string) };
	if (bounds.end < bounds.start) throw new Error(`The period "${period}" ends before it starts.`);
	return bounds;
}
