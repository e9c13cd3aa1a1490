import type { Availability } from '#lib/core/sessions/availability.ts';

// The specialist's hours as the availability page's form holds them, and back. Each weekday lists its spans of
// hours plus one empty span to add another; exceptions are listed with two empty rows to add more. Field names
// carry the weekday and row (start-1-0, exception-date-2), so an error from the core (rules.3.end) is shown at
// the very input it is about.

export interface HoursModel {
	timeZone: string;
	sessionMinutes: string;
	/** Minutes of break after each session: the step from one start to the next is the session plus this. */
	pauseMinutes: string;
	days: { weekday: number; spans: { start: string; end: string }[] }[];
	exceptions: { date: string; closed: boolean; start: string; end: string }[];
}

const blankSpan = () => ({ start: '', end: '' });
const blankException = () => ({ date: '', closed: false, start: '', end: '' });

export function modelOf(hours: Availability): HoursModel {
	return {
		timeZone: hours.timeZone,
		sessionMinutes: String(hours.sessionMinutes),
		pauseMinutes: String(Math.max(0, hours.stepMinutes - hours.sessionMinutes)),
		days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
			weekday,
			spans: [
				...hours.rules.filter((r) => r.weekday === weekday).map((r) => ({ start: r.start, end: r.end })),
				blankSpan()
			]
		})),
		exceptions: [
			...hours.exceptions.map((e) =>
				'closed' in e
					? { date: e.date, closed: true, start: '', end: '' }
					: { date: e.date, closed: false, start: e.start, end: e.end }
			),
			blankException(),
			blankException()
		]
	};
}

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim().slice(0, 40) : '';
};

/** What was typed, row by row, as the form had it (at most 20 spans a day and 200 exception rows are read). */
export function modelFromForm(form: FormData): HoursModel {
	const rows = (prefix: string, limit: number) => {
		let last = -1;
		for (const key of form.keys()) {
			const index = key.startsWith(prefix) ? key.slice(prefix.length) : '';
			if (/^\d{1,3}$/.test(index)) last = Math.max(last, Math.min(Number(index), limit - 1));
		}
		return Array.from({ length: last + 1 }, (_, i) => i);
	};
	return {
		timeZone: text(form, 'timeZone'),
		sessionMinutes: text(form, 'sessionMinutes'),
		pauseMinutes: text(form, 'pauseMinutes'),
		days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
			weekday,
			spans: rows(`start-${weekday}-`, 20).map((i) => ({
				start: text(form, `start-${weekday}-${i}`),
				end: text(form, `end-${weekday}-${i}`)
			}))
		})),
		exceptions: rows('exception-date-', 200).map((i) => ({
			date: text(form, `exception-date-${i}`),
			closed: form.get(`exception-closed-${i}`) === 'on',
			start: text(form, `exception-start-${i}`),
			end: text(form, `exception-end-${i}`)
		}))
	};
}

/** The raw availability for the core, and how to name each of its fields in the form. */
export function availabilityFromModel(model: HoursModel): { raw: unknown; fieldName: (field: string) => string } {
	const ruleRows: string[] = [];
	const rules = model.days.flatMap((day) =>
		day.spans.flatMap((span, i) => {
			if (!span.start && !span.end) return [];
			ruleRows.push(`${day.weekday}-${i}`);
			return [{ weekday: day.weekday, start: span.start, end: span.end }];
		})
	);
	const exceptionRows: number[] = [];
	const exceptions = model.exceptions.flatMap((e, i): Record<string, unknown>[] => {
		if (!e.date) return [];
		exceptionRows.push(i);
		if (e.closed) return [{ date: e.date, closed: true }];
		if (e.start || e.end) return [{ date: e.date, start: e.start, end: e.end }];
		return [{ date: e.date, closed: false }];
	});
	// A number where one was typed; otherwise what was typed, for the core to refuse with its own message.
	const number = (typed: string) => (typed !== '' && Number.isFinite(Number(typed)) ? Number(typed) : typed);
	const sessionMinutes = number(model.sessionMinutes);
	const pause = model.pauseMinutes === '' ? 0 : number(model.pauseMinutes);
	const raw = {
		timeZone: model.timeZone,
		sessionMinutes,
		// The core checks the step (at least one session, at most four hours); an unreadable break is its own error.
		...(typeof pause === 'number' && typeof sessionMinutes === 'number'
			? { stepMinutes: sessionMinutes + pause }
			: typeof pause === 'number'
				? {}
				: { stepMinutes: pause }),
		rules,
		exceptions
	};
	const fieldName = (field: string) => {
		const [list, index, part] = field.split('.');
		if (list === 'rules' && index !== undefined) {
			const row = ruleRows[Number(index)];
			return row ? `${part === 'end' ? 'end' : 'start'}-${row}` : 'form';
		}
		if (list === 'exceptions' && index !== undefined) {
			const row = exceptionRows[Number(index)];
			if (row === undefined) return 'form';
			return `exception-${part === 'start' || part === 'end' ? part : 'date'}-${row}`;
		}
		if (field === 'stepMinutes') return 'pauseMinutes';
		return field === 'timeZone' || field === 'sessionMinutes' ? field : 'form';
	};
	return { raw, fieldName };
}
