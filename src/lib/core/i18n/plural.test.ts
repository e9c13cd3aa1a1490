import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';
import { plural, type Plural } from './plural.ts';

const counts = [0, 1, 2, 5, 21] as const;

describe('plural', () => {
	const message: Plural = { one: '{count} thing', other: '{count} things' };

	it.each([
		['en', 0, '0 things'],
		['en', 1, '1 thing'],
		['en', 2, '2 things'],
		['en', 5, '5 things'],
		['en', 21, '21 things'],
		['es', 0, '0 things'],
		['es', 1, '1 thing'],
		['es', 2, '2 things'],
		['es', 5, '5 things'],
		['es', 21, '21 things']
	])('in %s picks the form for %i: %s', (locale, count, expected) => {
		expect(plural(message, count, locale)).toBe(expected);
	});

	it('reads a category the message leaves out as other', () => {
		// Spanish has a "many" form for round millions; a message without one falls back to other.
		expect(new Intl.PluralRules('es').select(1_000_000)).toBe('many');
		expect(plural(message, 1_000_000, 'es')).toBe('1000000 things');
		expect(plural({ ...message, many: '{count} of many' }, 1_000_000, 'es')).toBe('1000000 of many');
	});

	it('fills the other values beside the count', () => {
		expect(plural({ one: '{open} of {count} seat', other: '{open} of {count} seats' }, 1, 'en', { open: 0 })).toBe(
			'0 of 1 seat'
		);
	});
});

describe('the plural messages of the catalogues', () => {
	const expected = {
		en: {
			caseload: ['0 clients', '1 client', '2 clients', '5 clients', '21 clients'],
			load: [
				'Current load: 3 of 0 clients.',
				'Current load: 3 of 1 client.',
				'Current load: 3 of 2 clients.',
				'Current load: 3 of 5 clients.',
				'Current load: 3 of 21 clients.'
			],
			loadNoProfile: [
				'Current load: 0 clients.',
				'Current load: 1 client.',
				'Current load: 2 clients.',
				'Current load: 5 clients.',
				'Current load: 21 clients.'
			]
		},
		es: {
			caseload: ['0 clientes', '1 cliente', '2 clientes', '5 clientes', '21 clientes'],
			load: [
				'Carga actual: 3 de 0 clientes.',
				'Carga actual: 3 de 1 cliente.',
				'Carga actual: 3 de 2 clientes.',
				'Carga actual: 3 de 5 clientes.',
				'Carga actual: 3 de 21 clientes.'
			],
			loadNoProfile: [
				'Carga actual: 0 clientes.',
				'Carga actual: 1 cliente.',
				'Carga actual: 2 clientes.',
				'Carga actual: 5 clientes.',
				'Carga actual: 21 clientes.'
			]
		}
	} as const;

	for (const locale of ['en', 'es'] as const) {
		const words = catalogue(locale);

		it(`in ${locale}, the caseload counts its clients`, () => {
			expect(counts.map((n) => plural(words.specialist.caseload.count, n, locale))).toEqual(expected[locale].caseload);
		});

		it(`in ${locale}, a specialist's load agrees with the capacity`, () => {
			const load = words.admin.specialists.load;
			expect(counts.map((n) => plural(load, n, locale, { open: 3, capacity: n }))).toEqual(expected[locale].load);
		});

		it(`in ${locale}, a load without a capacity agrees with the open clients`, () => {
			const load = words.admin.specialists.loadNoProfile;
			expect(counts.map((n) => plural(load, n, locale, { open: n }))).toEqual(expected[locale].loadNoProfile);
		});
	}
});
