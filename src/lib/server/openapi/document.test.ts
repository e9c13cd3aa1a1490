import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document.ts';

const apiRoot = join(import.meta.dirname, '../../../routes/api/v1');
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route file under src/routes/api/v1, as an OpenAPI path with the methods it exports. */
function apiRoutes(): Array<{ path: string; method: string }> {
	const found: Array<{ path: string; method: string }> = [];
	for (const entry of readdirSync(apiRoot, { recursive: true, encoding: 'utf8' })) {
		if (!entry.endsWith('+server.ts')) continue;
		const folder = relative(apiRoot, join(apiRoot, entry, '..'));
		const path = `/api/v1/${folder}`.replace(/\[(\w+)(=\w+)?\]/g, '{$1}').replace(/\/$/, '');
		if (path === '/api/v1/openapi.json') continue;
		const source = readFileSync(join(apiRoot, entry), 'utf8');
		for (const method of methods)
			if (new RegExp(`export const ${method}\\b`).test(source)) found.push({ path, method: method.toLowerCase() });
	}
	return found;
}

describe('the OpenAPI document', () => {
	it('describes every API route and method there is, and nothing that is not there', () => {
		const document = openApiDocument();
		const described = Object.entries(document.paths).flatMap(([path, item]) =>
			Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)
		);
		const routes = apiRoutes()
			.filter((route) => route.path !== '/api/v1/message-check' || route.method === 'post')
			.map((route) => `${route.method.toUpperCase()} ${route.path}`);
		expect(described.sort()).toEqual(routes.sort());
	});

	it('is valid JSON with a response for every operation', () => {
		const document = JSON.parse(JSON.stringify(openApiDocument())) as ReturnType<typeof openApiDocument>;
		expect(document.openapi).toBe('3.1.0');
		for (const item of Object.values(document.paths))
			for (const operation of Object.values(item))
				expect(Object.keys(operation.responses as object).length).toBeGreaterThan(0);
	});
});
