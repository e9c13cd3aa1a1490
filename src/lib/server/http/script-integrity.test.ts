import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { integrityOf, withScriptIntegrity } from './script-integrity.ts';

const table = integrityOf({ '/static/js/guide.js': 'console.log("guide")' });
const expected = `sha384-${createHash('sha384').update('console.log("guide")').digest('base64')}`;

describe('subresource integrity of the page scripts', () => {
	it('names each script by its URL with the sha384 of its bytes', () => {
		expect([...table]).toEqual([['/js/guide.js', expected]]);
	});

	it('adds integrity to a known page script and leaves any other script as it was', () => {
		const html = '<script type="module" src="/js/guide.js"></script><script type="module" src="/js/other.js"></script>';
		expect(withScriptIntegrity(html, table)).toBe(
			`<script type="module" src="/js/guide.js" integrity="${expected}"></script><script type="module" src="/js/other.js"></script>`
		);
	});
});
