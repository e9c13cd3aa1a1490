import { describe, expect, it } from 'vitest';
import { parseAvailability } from '#lib/core/sessions/availability.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { availabilityFromModel, modelFromForm, modelOf } from './hours-form.ts';

const hours = parseAvailability({
	timeZone: 'Europe/Madrid',
	sessionMinutes: 50,
	stepMinutes: 60,
	rules: [
		{ weekday: 1, start: '09:00', end: '13:00' },
		{ weekday: 1, start: '16:00', end: '19:00' },
		{ weekday: 3, start: '10:00', end: '14:00' }
	],
	exceptions: [
		{ date: '2026-12-24', closed: true },
		{ date: '2026-12-27', start: '10:00', end: '12:00' }
	]
});

const formOf = (fields: Record<string, string>) => {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.append(name, value);
	return form;
};

describe('the hours form', () => {
	it('shows every span and exception, with room for one more span a day and two more dates, and saves them back', () => {
		const model = modelOf(hours);
		expect(model.pauseMinutes).toBe('10');
		expect(model.days[0]!.spans).toHaveLength(3);
		expect(model.days[1]!.spans).toEqual([{ start: '', end: '' }]);
		expect(model.exceptions).toHaveLength(4);
		expect(parseAvailability(availabilityFromModel(model).raw)).toEqual(hours);
	});

	it('reads the form as typed, and names each refusal after the input it is about', () => {
		const model = modelFromForm(
			formOf({
				timeZone: 'Europe/Madrid',
				sessionMinutes: '60',
				pauseMinutes: '',
				'start-2-0': '09:00',
				'end-2-0': '08:00',
				'start-2-1': '',
				'end-2-1': '',
				'start-5-0': '9am',
				'end-5-0': '12:00',
				'exception-date-0': '2026-12-24',
				'exception-date-1': '2026-12-25',
				'exception-closed-1': 'on',
				'exception-date-2': '',
				'exception-start-2': '10:00'
			})
		);
		const { raw, fieldName } = availabilityFromModel(model);
		expect(raw).toMatchObject({ sessionMinutes: 60, stepMinutes: 60 });
		try {
			parseAvailability(raw);
			expect.unreachable();
		} catch (error) {
			if (!(error instanceof DomainError)) throw error;
			expect(error.fields.map((f) => [fieldName(f.field), f.problem])).toEqual([
				['end-2-0', 'hoursOrder'],
				['start-5-0', 'timeInvalid'],
				['exception-date-0', 'exceptionInvalid']
			]);
		}
		expect(fieldName('stepMinutes')).toBe('pauseMinutes');
		expect(fieldName('rules')).toBe('form');
	});
});
