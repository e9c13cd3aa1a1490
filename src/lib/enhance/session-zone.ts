// The member's sessions page: the first time it opens without a chosen time zone (no ?tz= in the address), it
// opens again in this device's own time zone, so the open times are shown in the member's own hours. Choosing
// another zone is the page's own form (a select and a button), which works without this script.
import { SessionZoneMark } from './session-zone.contract.ts';

const form = document.querySelector<HTMLFormElement>(`form[${SessionZoneMark.form}]`);
const zoneField = form?.querySelector<HTMLSelectElement>('select[name="tz"]');
const url = new URL(location.href);
if (zoneField && !url.searchParams.has('tz')) {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	if (zone && zone !== zoneField.value) {
		url.searchParams.set('tz', zone);
		location.replace(url.href);
	}
}
