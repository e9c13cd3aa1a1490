import { describe, expect, it } from 'vitest';
import { checkNewPassword, hashPassword, verifyPassword } from './password.ts';

describe('passwords', () => {
	it('are hashed with argon2id and verified, never stored as given', async () => {
		const hashed = await hashPassword('a long quiet porch light');
		expect(hashed.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		expect(hashed).not.toContain('porch');
		expect(await verifyPassword(hashed, 'a long quiet porch light')).toBe(true);
		expect(await verifyPassword(hashed, 'a long quiet porch lamp')).toBe(false);
		expect(await verifyPassword('not a hash', 'anything')).toBe(false);
	});

	it('are the same password however the accents were typed', async () => {
		const composed = 'contraseña segura';
		const decomposed = 'contrasen\u0303a segura';
		expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
	});

	it('must be 10 to 128 characters, counted as characters not bytes', () => {
		expect(checkNewPassword('short')).toBe('tooShort');
		expect(checkNewPassword('🙂'.repeat(10))).toBeNull();
		expect(checkNewPassword('x'.repeat(129) + 'y')).toBe('tooLong');
	});

	it('may not be a common or breached password, the e-mail address, or one character repeated', () => {
		expect(checkNewPassword('1234567890')).toBe('common');
		expect(checkNewPassword('Qwertyuiop')).toBe('common');
		expect(checkNewPassword('aaaaaaaaaaaa')).toBe('common');
		expect(checkNewPassword('ana@example.org', 'Ana@Example.org')).toBe('common');
		expect(checkNewPassword('tomatoes on the porch at noon')).toBeNull();
	});
});
