import { describe, expect, it } from 'vitest';
import { catalogue } from '../i18n/catalogue.ts';
import { savedToAccount } from './saved-message.ts';

describe('what "Save to my account" says it added', () => {
	const en = catalogue('en').account.bringIn;
	const es = catalogue('es').account.bringIn;
	const each = (n: number) => ({ reachOuts: n, contacts: n, items: n });

	it.each([
		[0, 'Saved to your account: 0 new reach-outs, 0 new contacts, 0 new plan items.'],
		[1, 'Saved to your account: 1 new reach-out, 1 new contact, 1 new plan item.'],
		[2, 'Saved to your account: 2 new reach-outs, 2 new contacts, 2 new plan items.'],
		[5, 'Saved to your account: 5 new reach-outs, 5 new contacts, 5 new plan items.'],
		[21, 'Saved to your account: 21 new reach-outs, 21 new contacts, 21 new plan items.']
	])('in en, for %i of each: %s', (n, expected) => {
		expect(savedToAccount(en, each(n), 'en')).toBe(`${expected} What was already there was left as it was.`);
	});

	it.each([
		[0, '0 contactos nuevos con tu ser querido, 0 contactos de apoyo nuevos, 0 puntos nuevos en tu plan'],
		[1, '1 contacto nuevo con tu ser querido, 1 contacto de apoyo nuevo, 1 punto nuevo en tu plan'],
		[2, '2 contactos nuevos con tu ser querido, 2 contactos de apoyo nuevos, 2 puntos nuevos en tu plan'],
		[5, '5 contactos nuevos con tu ser querido, 5 contactos de apoyo nuevos, 5 puntos nuevos en tu plan'],
		[21, '21 contactos nuevos con tu ser querido, 21 contactos de apoyo nuevos, 21 puntos nuevos en tu plan']
	])('in es, for %i of each: %s', (n, expected) => {
		expect(savedToAccount(es, each(n), 'es')).toBe(
			`Guardado en tu cuenta: ${expected}. Lo que ya estaba se quedó igual.`
		);
	});

	it('lets each count agree with its own noun', () => {
		expect(savedToAccount(en, { reachOuts: 1, contacts: 1, items: 4 }, 'en')).toBe(
			'Saved to your account: 1 new reach-out, 1 new contact, 4 new plan items. What was already there was left as it was.'
		);
	});
});
