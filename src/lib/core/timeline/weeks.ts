// Weeks for the check-ins and the consistency view: a week is named by its Monday (ISO 8601 weeks), as
// YYYY-MM-DD, counted in UTC so the server and every browser agree on which week a moment belongs to.

const day = 86_400_000;

/** The Monday of the ISO week that holds this moment, as YYYY-MM-DD (UTC). */
export function mondayOf(moment: Date): string {
	const midnight = Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
	const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
	return new Date(midnight - sinceMonday * day).toISOString().slice(0, 10);
}

/** Whether the text is a real calendar date (YYYY-MM-DD) that falls on a Monday. */
export function isMonday(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text && date.getUTCDay() === 1;
}

/** The `count` weeks ending with the week of `today`, oldest first. */
export function weeksEnding(today: Date, count: number): string[] {
	const last = new Date(`${mondayOf(today)}T00:00:00Z`).getTime();
	return Array.from({ length: count }, (_, i) => new Date(last - (count - 1 - i) * 7 * day).toISOString().slice(0, 10));
}
