import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { castOf, type Cast, type Role } from './cast.ts';
import { accessRows } from './guidance-access/index.ts';
import { client, password, type Client } from './members.ts';
import { startServer, type TestServer } from './server.ts';

// Staff prove who they are twice (issue 11): the same four staff members as the access matrix, each signed in
// again with their password only (a new session, never proven with a passkey, though each has one registered),
// get nothing from any staff route of the matrix: the API answers 403 problem+json, a page sends them to the
// passkey page. A member is not affected (the matrix itself runs with members signed in by password).

const staffRoles = ['unassignedSpecialist', 'assignedNoConsent', 'assignedWithConsent', 'admin'] as const;

/** The routes a staff member reaches only with a proven session: theirs, and the member routes staff also use. */
const gated = [
	/^\/(en|es)\/(admin|specialist)\b/,
	/^\/api\/v1\/(admin|specialist)\//,
	/^\/api\/v1\/threads\b/,
	/^\/api\/v1\/bookings\b/,
	/^\/api\/v1\/guidance\/requests\/\{id\}\/close$/
];

const fill = (path: string, params: Record<string, string>) =>
	path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));

async function passwordOnly(server: TestServer, of: Client): Promise<Client> {
	const again = client(server, of.email);
	const answer = await again.request('POST', '/api/v1/auth/signin', { body: { email: of.email, password } });
	expect(answer.status).toBe(200);
	return again;
}

for (const dialect of DIALECTS) {
	describe(`staff signed in with a password only, on ${dialect}`, () => {
		let server: TestServer;
		let cast: Cast;
		const unproven = {} as Record<(typeof staffRoles)[number], Client>;

		beforeAll(async () => {
			server = await startServer({ dialect });
			cast = await castOf(server);
			for (const role of staffRoles) unproven[role] = await passwordOnly(server, cast.clients[role]);
		}, 120_000);
		afterAll(async () => server?.dispose());

		const rows = accessRows.filter((row) => gated.some((pattern) => pattern.test(row.path)));

		it('covers every staff page and API of the access matrix', () => {
			expect(rows.length).toBeGreaterThan(40);
			for (const path of ['/api/v1/admin/log', '/en/admin/log', '/api/v1/specialist/clients', '/en/specialist'])
				expect(
					rows.some((row) => row.path === path),
					path
				).toBe(true);
		});

		for (const row of rows)
			it(`${row.method} ${row.path} gives them nothing`, async () => {
				for (const role of staffRoles) {
					const params = row.setup ? await row.setup(cast) : {};
					const path = fill(row.path, params);
					const body = row.body?.(cast, params);
					const who = unproven[role];
					const answer = row.form
						? await who.postForm(path, body as Record<string, string>)
						: await who.request(row.method, path, body === undefined ? {} : { body });
					const proven = row.expect[role as Role];
					const api = path.startsWith('/api/');
					const said = `${role}: ${answer.status} ${answer.text.slice(0, 200)}`;
					// What they would get with a proven session they get no more: the passkey's refusal (403, or the
					// page sending them to add or use one) where their role reaches, 404 where it never would.
					expect(api ? [403, 404] : [303, 404], said).toContain(answer.status);
					if (proven < 400) expect(answer.status, said).toBe(api ? 403 : 303);
					if (api) expect(answer.headers.get('content-type'), role).toBe('application/problem+json');
					if (answer.status === 303)
						expect(answer.headers.get('location'), role).toBe(`/${path.slice(1, 3)}/staff/passkey`);
				}
			});

		it('sends them to the passkey page, which asks them to use the passkey they have (step-up)', async () => {
			const page = await unproven.admin.get('/es/staff/passkey');
			expect(page.status).toBe(200);
			expect(page.text).toContain('data-passkey-signin');
			expect(page.text).not.toContain('data-passkey-add');
		});

		it('asks a staff member with no passkey yet to add one, and a member is not asked at all', async () => {
			await cast.database((db) =>
				db.deleteFrom('passkeys').where('member_id', '=', cast.ids.assignedNoConsent).execute()
			);
			const page = await unproven.assignedNoConsent.get('/en/staff/passkey');
			expect(page.status).toBe(200);
			expect(page.text).toContain('data-passkey-add');
			expect(page.text).toContain('data-next="/en/specialist"');
			expect((await cast.clients.owner.get('/en/staff/passkey')).status).toBe(404);
			expect((await cast.clients.owner.get('/api/v1/threads')).status).toBe(200);
		});
	});
}
