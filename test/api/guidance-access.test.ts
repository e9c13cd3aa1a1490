import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { castOf, roles, type Cast } from './cast.ts';
import { accessRows } from './guidance-access/index.ts';
import { startServer, type TestServer } from './server.ts';

// The access matrix of personalized guidance: for every route of it, each of the seven roles gets exactly the
// status the row names (404 for what it may not know exists), and refusals from the API are problem+json.

const fill = (path: string, params: Record<string, string>) =>
	path.replace(/\{(\w+)\}/g, (_, name: string) => {
		if (params[name] === undefined) throw new Error(`${path}: setup gave no ${name}`);
		return encodeURIComponent(params[name]);
	});

for (const dialect of DIALECTS) {
	describe(`who may use what in personalized guidance, on ${dialect}`, () => {
		let server: TestServer;
		let cast: Cast;

		beforeAll(async () => {
			server = await startServer({ dialect });
			cast = await castOf(server);
		}, 120_000);
		afterAll(async () => server?.dispose());

		it('has a row for every route', () => expect(accessRows.length).toBeGreaterThan(0));

		for (const row of accessRows)
			it(`${row.method} ${row.path}`, async () => {
				for (const role of roles) {
					const params = row.setup ? await row.setup(cast) : {};
					const path = fill(row.path, params);
					const who = cast.clients[role];
					const body = row.body?.(cast, params);
					const answer = row.form
						? await who.postForm(path, body as Record<string, string>)
						: await who.request(row.method, path, body === undefined ? {} : { body });
					expect(answer.status, `${role}: ${answer.text.slice(0, 300)}`).toBe(row.expect[role]);
					if (path.startsWith('/api/') && answer.status >= 400)
						expect(answer.headers.get('content-type'), role).toBe('application/problem+json');
					if (answer.status < 300) await row.check?.(role, answer, cast, params);
					if (answer.status === 303) row.redirected?.(role, answer.headers.get('location') ?? '', cast, params);
					await row.after?.(role, cast, params);
				}
			});
	});
}
