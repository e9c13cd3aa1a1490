import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

describe('the page "Confirm it\'s you" returns to', () => {
	it('a page of this language’s account, with its plain query', () => {
		expect(safeNext('en', '/en/account/data')).toBe('/en/account/data');
		expect(safeNext('es', '/es/account/email?x=1&y=2')).toBe('/es/account/email?x=1&y=2');
		expect(safeNext('en', '/en/account')).toBe('/en/account');
	});

	it('the account page for anything else: another site, another language, a look-alike path, tricks', () => {
		for (const next of [
			null,
			'',
			'//evil.example/en/account',
			'https://evil.example/en/account',
			'/es/account/data',
			'/en/accounts',
			'/en/account/../../admin',
			'/en/account\\evil',
			'/en/account/data?next=//evil.example',
			'/en/account?a=1?b=2',
			'/en/account/%2F%2Fevil'
		])
			expect(safeNext('en', next)).toBe('/en/account');
	});
});
