// The timeline's "Add a reach-out" form: "when" starts at this device's own date and time. The server cannot
// know the member's time zone, and reads the field as written (see src/lib/server/http/reach-out-form.ts), so
// the local wall-clock time is what belongs there. Without scripts the field starts empty and is typed in.
import { ReachOutFormMark } from './timeline.contract.ts';

const field = document.querySelector<HTMLInputElement>(`input[${ReachOutFormMark.startsNow}]`);
if (field && field.value === '') {
	const now = new Date();
	field.value = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
