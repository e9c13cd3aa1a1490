import { describe, expect, it } from 'vitest';
import { DomainError } from '#lib/core/shared/errors.ts';
import { dateTimeLocal, inFormWords, reachOutInput } from './reach-out-form.ts';

const values = { occurredAt: '', channel: 'call', said: ' said ', did: '', decision: '', note: 'n' };

describe('the reach-out form', () => {
	it.each([
		['2026-11-29T21:15', '2026-11-29T21:15:00Z'],
		['2026-11-29T21:15:30', '2026-11-29T21:15:30Z'],
		['2026-11-29T21:15:30.5', '2026-11-29T21:15:30.5Z'],
		['', ''],
		['yesterday', 'yesterday']
	])('reads the date and time %s as written, in UTC (%s)', (typed, occurredAt) => {
		expect(reachOutInput({ ...values, occurredAt: typed }).occurredAt).toBe(occurredAt);
	});

	it('keeps the words exactly as typed, and no decision as none', () => {
		expect(reachOutInput({ ...values, occurredAt: '2026-11-29T21:15' })).toEqual({
			occurredAt: '2026-11-29T21:15:00Z',
			channel: 'call',
			said: ' said ',
			did: '',
			decision: null,
			note: 'n'
		});
		expect(reachOutInput({ ...values, decision: 'notYet' }).decision).toBe('notYet');
	});

	it('shows a stored time back in the field as it was written', () => {
		expect(dateTimeLocal('2026-11-29T21:15:00.000Z')).toBe('2026-11-29T21:15');
	});

	it('asks for a date and time in the form’s words, leaving other problems as they are', () => {
		const error = new DomainError('invalid', 'x', [
			{ field: 'occurredAt', problem: 'dateInvalid' },
			{ field: 'said', problem: 'textTooLong' }
		]);
		expect(inFormWords(error).fields).toEqual([
			{ field: 'occurredAt', problem: 'whenInvalid' },
			{ field: 'said', problem: 'textTooLong' }
		]);
	});
});
