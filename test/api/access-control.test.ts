import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { client, proveAgain, signedInMember, type Answer, type Client } from './members.ts';
import { implemented, pathOf, rowName } from './api-routes.ts';
import { snapshot } from './areas.ts';
import { routes } from './routes.ts';
import { startServer, type TestServer } from './server.ts';

// For every member route: a signed-out request gets 401, another member gets 404 for the owner's resource (or
// only their own data on routes about "my" data), and the owner's data is exactly as it was.

function expectProblem(answer: Answer, status: number, what: string): void {
	expect(answer.status, `${what}: ${answer.text.slice(0, 300)}`).toBe(status);
	expect(answer.headers.get('content-type'), what).toBe('application/problem+json');
}

for (const dialect of DIALECTS) {
	describe(`access control on ${dialect}`, () => {
		let server: TestServer;
		let owner: Client;
		/** A second member who never writes: their data stays empty throughout. */
		let stranger: Client;
		/** A second member who writes to their own data through the routes about "my" data. */
		let writer: Client;
		let nobody: Client;

		beforeAll(async () => {
			server = await startServer({ dialect });
			owner = await signedInMember(server, 'owner');
			stranger = await signedInMember(server, 'stranger');
			writer = await signedInMember(server, 'writer');
			nobody = client(server);
		});
		afterAll(async () => server?.dispose());

		for (const row of routes) {
			it.skipIf(!implemented(row))(rowName(row), async () => {
				const params = row.setup ? await row.setup(owner) : {};
				const path = pathOf(row, params);
				const options = row.body ? { body: row.body() } : {};
				if (row.proof) for (const member of [owner, stranger, writer]) await proveAgain(member);
				const before = await snapshot(owner);
				if (row.method === 'GET') expect((await owner.get(path)).status, 'the owner reads it').toBe(200);

				expectProblem(await nobody.request(row.method, path, options), 401, 'signed out');
				expect(await snapshot(owner), 'after a signed-out request').toEqual(before);

				if (row.scope === 'item') {
					expectProblem(await stranger.request(row.method, path, options), 404, 'another member');
					expectProblem(await writer.request(row.method, path, options), 404, 'another member');
				} else if (row.method === 'GET') {
					const theirs = await stranger.get(path);
					expect(theirs.status, 'another member reads their own').toBe(200);
					row.fresh?.(theirs);
				} else {
					const second = row.destructive ? await signedInMember(server, 'throwaway') : writer;
					const theirs = await second.request(row.method, path, options);
					if (row.expectRefused) expect(theirs.status, `refused: ${theirs.text}`).toBe(400);
					else expect(theirs.status, `another member writes their own: ${theirs.text}`).toBeLessThan(300);
				}
				expect(await snapshot(owner), 'after another member').toEqual(before);
				// Nothing reached the member who never wrote anything either.
				for (const read of routes)
					if (read.scope === 'member' && read.method === 'GET' && read.fresh && implemented(read))
						read.fresh(await stranger.get(read.path));
			});
		}
	});
}
