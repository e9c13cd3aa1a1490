import { describe, expect, it } from 'vitest';
import { accessRows } from './guidance-access/index.ts';
import { apiRoutes, publicRoutes, rowName } from './api-routes.ts';
import { routes } from './routes.ts';

describe('the table of member API routes', () => {
	it('has a row for every route under src/routes/api/v1 that needs a member (or one in the guidance matrix)', () => {
		const memberRoutes = apiRoutes().filter((route) => !publicRoutes.some((p) => p.test(route.split(' ')[1]!)));
		const rows = new Set([...routes.map(rowName), ...accessRows.map((row) => `${row.method} ${row.path}`)]);
		expect(memberRoutes.filter((route) => !rows.has(route))).toEqual([]);
	});

	it('has no row twice, and every row says what it needs', () => {
		expect(new Set(routes.map(rowName)).size).toBe(routes.length);
		for (const row of routes) {
			if (/\{\w+\}/.test(row.path)) expect(row.setup, `${rowName(row)} makes its resource`).toBeDefined();
			if (row.method !== 'GET' && row.method !== 'DELETE')
				expect(row.body, `${rowName(row)} has a valid body`).toBeDefined();
		}
	});
});
