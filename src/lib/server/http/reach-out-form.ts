import { DomainError } from '#lib/core/shared/errors.ts';

// The reach-out form of the timeline pages, mapped to the same input the API takes.

const names = ['occurredAt', 'channel', 'said', 'did', 'decision', 'note'] as const;

/** What the member typed, to fill the form again after a refusal. */
export function reachOutFormValues(form: FormData): Record<(typeof names)[number], string> {
	return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '')])) as Record<
		(typeof names)[number],
		string
	>;
}

/**
 * The form's values as the core's input. A datetime-local field carries no time zone, and a page without
 * scripts cannot learn the browser's: the time is read as UTC, and the pages show every time in UTC without
 * naming a zone, so the member always sees back exactly the date and time they wrote. (A week is counted in UTC
 * too, so a reach-out late on a Sunday evening stays in the week it was written in.)
 */
export function reachOutInput(values: Record<(typeof names)[number], string>): Record<string, unknown> {
	const when = values.occurredAt;
	// eslint-disable-next-line security/detect-unsafe-regex -- bounded, optional groups only: linear
	const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(when);
	return {
		occurredAt: local ? `${when.length === 16 ? `${when}:00` : when}Z` : when,
		channel: values.channel,
		said: values.said,
		did: values.did,
		decision: values.decision === '' ? null : values.decision,
		note: values.note
	};
}

/** The value for a datetime-local field: the stored moment in UTC, to the minute. */
export const dateTimeLocal = (iso: string) => iso.slice(0, 16);

/** On the form, a bad date asks for a date and time; the API's message explains the ISO format instead. */
export function inFormWords(error: DomainError): DomainError {
	const fields = error.fields.map((f) => (f.field === 'occurredAt' ? { ...f, problem: 'whenInvalid' } : f));
	return new DomainError(error.code, error.message, fields, error.retryAfterSeconds);
}
