// Which member API routes exist in this tree: every `METHOD /path` under src/routes/api/v1, those that need no
// member, and a row's name and path with its parameters filled in.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Params, RouteCase } from './route-case.ts';
import { root } from './server.ts';

const apiDir = join(root, 'src', 'routes', 'api', 'v1');

/** Routes that need no member: signing in and out, the message check, the OpenAPI document. */
export const publicRoutes = [
	/^\/api\/v1\/auth\/(signup|signin|signout)$/,
	/^\/api\/v1\/auth\/passkeys\/signin/,
	/^\/api\/v1\/message-check$/,
	/^\/api\/v1\/openapi\.json$/
];

/** Every `METHOD /path` served under src/routes/api/v1, with `{param}` for a `[param]` folder. */
export function apiRoutes(): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name === '+server.ts') {
				const route =
					'/api/v1/' +
					relative(apiDir, dir)
						.split(sep)
						.map((part) => part.replace(/^\[(?:\.\.\.)?(\w+)(?:=\w+)?\]$/, '{$1}'))
						.join('/');
				const source = readFileSync(path, 'utf8');
				for (const match of source.matchAll(
					/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g
				))
					found.push(`${match[1]} ${route.replace(/\/$/, '')}`);
			}
		}
	};
	walk(apiDir);
	return found.sort();
}

/** Whether the route of a row exists in this tree (rows for routes still being written are skipped). */
export function implemented(row: Pick<RouteCase, 'method' | 'path'>): boolean {
	return apiRoutes().includes(`${row.method} ${row.path}`);
}

export function pathOf(row: RouteCase, params: Params): string {
	return row.path.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`${row.method} ${row.path}: setup gave no ${name}`);
		return encodeURIComponent(value);
	});
}

export const hasRouteFile = (path: string) => existsSync(join(apiDir, path.replace(/^\/api\/v1\/?/, ''), '+server.ts'));

export const rowName = (row: RouteCase) => `${row.method} ${row.path}`;
