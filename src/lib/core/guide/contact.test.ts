import { describe, expect, it } from 'vitest';
import { smsHref, telHref } from '../shared/phone.ts';
import { checkContact } from './contact.ts';

describe('a new support contact', () => {
	it('is accepted with a name and a phone number as people write them', () => {
		expect(checkContact('  Ana ', '(555) 010-2000')).toEqual({ ok: true, name: 'Ana', phone: '(555) 010-2000' });
		expect(checkContact('Luis', '+34 600 000 000').ok).toBe(true);
	});

	it('names every field that needs fixing', () => {
		expect(checkContact('', 'abc')).toEqual({ ok: false, problems: ['name', 'phone'] });
		expect(checkContact('x'.repeat(61), '12')).toEqual({ ok: false, problems: ['name', 'phone'] });
		expect(checkContact('Ana', '1'.repeat(21))).toEqual({ ok: false, problems: ['phone'] });
	});

	it('is called and texted with the number stripped to what a phone dials, and the message prefilled', () => {
		expect(telHref('(555) 010-2000')).toBe('tel:5550102000');
		expect(smsHref('+1 555 010 2000', 'They just reached out. Can you talk?')).toBe(
			'sms:+15550102000?body=They%20just%20reached%20out.%20Can%20you%20talk%3F'
		);
	});
});
