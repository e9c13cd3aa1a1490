import { describe, expect, it } from 'vitest';
import { chooseEncoding, type StaticFile } from './static-files.ts';

const variant = { body: Buffer.from('x'), etag: '"x"' };
const both: StaticFile = {
	contentType: 'text/html',
	cacheControl: 'no-cache',
	isDocument: true,
	variants: { identity: variant, br: variant, gzip: variant }
};
const plain: StaticFile = { ...both, variants: { identity: variant } };

describe('choosing what encoding to send', () => {
	it('prefers brotli, then gzip, then the plain file', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
		expect(chooseEncoding('gzip', both)).toBe('gzip');
		expect(chooseEncoding(undefined, both)).toBe('identity');
		expect(chooseEncoding('br', plain)).toBe('identity');
	});

	it('honours q=0 refusals and the wildcard', () => {
		expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
		expect(chooseEncoding('*', both)).toBe('br');
		expect(chooseEncoding('*, br;q=0, gzip;q=0', both)).toBe('identity');
	});
});
