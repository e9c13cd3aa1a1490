import { describe, expect, it } from 'vitest';
import {
	hasClientAddress,
	isOriginHost,
	proxyAddressWarning,
	publicOriginOf,
	sendsHsts,
	sessionCookieOf
} from './origin.ts';

const https = new URL('https://porchlight.example.org');
const local = publicOriginOf(undefined, 3000);

describe('the public origin', () => {
	it('is http://localhost:PORT when ORIGIN is not set', () => {
		expect(local.origin).toBe('http://localhost:3000');
		expect(publicOriginOf('https://porchlight.example.org', 3000).origin).toBe('https://porchlight.example.org');
	});

	it("accepts the origin's own host, whatever its case or an explicit default port", () => {
		expect(isOriginHost('porchlight.example.org', https)).toBe(true);
		expect(isOriginHost('Porchlight.Example.ORG', https)).toBe(true);
		expect(isOriginHost('porchlight.example.org:443', https)).toBe(true);
		expect(isOriginHost('localhost:3000', local)).toBe(true);
		expect(isOriginHost('[::1]:8080', new URL('http://[::1]:8080'))).toBe(true);
	});

	it('refuses any other host, port, a missing Host and one that smuggles a user or a path', () => {
		for (const host of [
			undefined,
			'',
			'evil.example',
			'porchlight.example.org.evil.example',
			'porchlight.example.org:8443',
			'localhost:3001',
			'localhost',
			'127.0.0.1:3000',
			'evil.example@porchlight.example.org',
			'porchlight.example.org/@evil.example',
			'porchlight.example.org#',
			'porchlight.example.org '
		])
			expect(isOriginHost(host, host?.startsWith('localhost') ? local : https), String(host)).toBe(false);
	});
});

describe('the session cookie', () => {
	it('is __Host- prefixed and Secure when the origin is https', () => {
		expect(sessionCookieOf(https)).toEqual({ name: '__Host-porchlight_session', secure: true });
	});

	it('keeps its plain name without Secure over http, where a browser would refuse a __Host- cookie', () => {
		expect(sessionCookieOf(local)).toEqual({ name: 'porchlight_session', secure: false });
		expect(sessionCookieOf(new URL('http://porchlight.lan'))).toEqual({ name: 'porchlight_session', secure: false });
	});
});

describe('HSTS', () => {
	it('follows the origin unless HSTS says otherwise, and is never sent for an http origin', () => {
		expect(sendsHsts(https, undefined)).toBe(true);
		expect(sendsHsts(https, false)).toBe(false);
		expect(sendsHsts(local, undefined)).toBe(false);
		expect(sendsHsts(local, true)).toBe(false);
	});
});

describe('behind a proxy', () => {
	it('warns when the limits would key on the proxy: an https origin or a loopback listener, with no ADDRESS_HEADER', () => {
		expect(proxyAddressWarning(https, '0.0.0.0', undefined)).toMatch(/ADDRESS_HEADER/);
		expect(proxyAddressWarning(new URL('http://porchlight.lan'), '127.0.0.1', undefined)).toMatch(/ADDRESS_HEADER/);
		expect(proxyAddressWarning(https, '127.0.0.1', 'x-forwarded-for')).toBeNull();
		expect(proxyAddressWarning(local, '127.0.0.1', undefined)).toBeNull();
		expect(proxyAddressWarning(new URL('http://porchlight.lan'), '0.0.0.0', undefined)).toBeNull();
	});

	it('finds the client address only where adapter-node can read it', () => {
		expect(hasClientAddress({ 'x-forwarded-for': '203.0.113.9' }, 'X-Forwarded-For', 1)).toBe(true);
		expect(hasClientAddress({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' }, 'x-forwarded-for', 2)).toBe(true);
		expect(hasClientAddress({ 'x-forwarded-for': '203.0.113.9' }, 'x-forwarded-for', 2)).toBe(false);
		expect(hasClientAddress({ 'x-forwarded-for': ' ' }, 'x-forwarded-for', 1)).toBe(false);
		expect(hasClientAddress({}, 'x-forwarded-for', 1)).toBe(false);
		expect(hasClientAddress({ 'x-real-ip': '203.0.113.9' }, 'X-Real-IP', 1)).toBe(true);
		expect(hasClientAddress({ host: 'porchlight.example.org' }, 'x-real-ip', 1)).toBe(false);
	});
});
