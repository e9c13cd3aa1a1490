import { isTimeZone } from './zoned.ts';

// The time zones offered in the pages' select: those most of Porchlight's families and specialists live in
// (the Americas, Spain and a few more), plus whatever valid zone the person already has, so a short list never
// hides their own. The value is the IANA name; the label reads it with spaces.

export const commonTimeZones = [
	'Pacific/Honolulu',
	'America/Anchorage',
	'America/Los_Angeles',
	'America/Tijuana',
	'America/Vancouver',
	'America/Phoenix',
	'America/Denver',
	'America/Chicago',
	'America/Mexico_City',
	'America/Guatemala',
	'America/El_Salvador',
	'America/Tegucigalpa',
	'America/Managua',
	'America/Costa_Rica',
	'America/Panama',
	'America/Bogota',
	'America/Lima',
	'America/Guayaquil',
	'America/New_York',
	'America/Toronto',
	'America/Havana',
	'America/Caracas',
	'America/La_Paz',
	'America/Santo_Domingo',
	'America/Puerto_Rico',
	'America/Santiago',
	'America/Asuncion',
	'America/Argentina/Buenos_Aires',
	'America/Montevideo',
	'America/Sao_Paulo',
	'Atlantic/Canary',
	'Europe/London',
	'Europe/Lisbon',
	'Europe/Madrid',
	'Europe/Paris',
	'Europe/Berlin',
	'UTC'
] as const;

/** The zones for a select, with the current one (if valid) included. */
export function timeZoneChoices(current: string): { value: string; label: string }[] {
	const zones: string[] = [...commonTimeZones];
	if (isTimeZone(current) && !zones.includes(current)) zones.unshift(current);
	return zones.map((value) => ({ value, label: value.replaceAll('_', ' ').replaceAll('/', ' / ') }));
}
