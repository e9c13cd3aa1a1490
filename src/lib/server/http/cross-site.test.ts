import { describe, expect, it } from 'vitest';
import { isSameSiteRequest } from './cross-site.ts';

const origin = 'https://porchlight.example.org';
const check = (method: string, headers: Record<string, string>) =>
	isSameSiteRequest(method, new Headers(headers), origin);

describe('refusing cross-site requests', () => {
	it('lets every read through', () => {
		expect(check('GET', { 'sec-fetch-site': 'cross-site' })).toBe(true);
	});

	it('accepts a same-origin form post even when the browser says Origin: null (no-referrer)', () => {
		expect(check('POST', { 'sec-fetch-site': 'same-origin', origin: 'null' })).toBe(true);
	});

	it('refuses a post from another site or a sibling subdomain', () => {
		expect(check('POST', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })).toBe(false);
		expect(check('DELETE', { 'sec-fetch-site': 'same-site' })).toBe(false);
	});

	it('falls back to the Origin header where Fetch Metadata is missing, refusing "null"', () => {
		expect(check('POST', { origin })).toBe(true);
		expect(check('POST', { origin: 'https://evil.example' })).toBe(false);
		expect(check('POST', { origin: 'null' })).toBe(false);
	});

	it('lets a non-browser client without Origin call the API', () => {
		expect(check('POST', {})).toBe(true);
	});
});
