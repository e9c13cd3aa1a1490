import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentsRepository } from '../../src/lib/server/db/repositories/consents.ts';
import { DIALECTS } from '../databases.ts';
import { assignedRequest, castOf, type Cast, type Role } from './cast.ts';
import { startServer, type TestServer } from './server.ts';

// The specialist's workspace beyond who-may-what (guidance-access/specialist.ts): every open of a client's plan,
// timeline or notes by a specialist is written to the client's audit log, a refused open writes nothing, and a
// revoked consent refuses the very next open. The audit log is read straight from the database (the member's own
// GET /api/v1/audit belongs to another area).

for (const dialect of DIALECTS) {
	describe(`the specialist's workspace on ${dialect}`, () => {
		let server: TestServer;
		let cast: Cast;

		beforeAll(async () => {
			server = await startServer({ dialect });
			cast = await castOf(server);
		}, 120_000);
		afterAll(async () => server?.dispose());

		const audit = () =>
			cast.database((db) =>
				db
					.selectFrom('audit_log')
					.select(['actor_id', 'actor_role', 'what'])
					.where('member_id', '=', cast.ids.owner)
					.orderBy('at')
					.orderBy('id')
					.execute()
			);
		const open = (role: Role, path: string) => cast.clients[role].get(path.replace('{owner}', cast.ids.owner));

		it('writes one audit entry for each open, with who and what, and none for a refused open', async () => {
			const before = (await audit()).length;
			const refused: Array<[Role, string]> = [
				['assignedNoConsent', '/api/v1/specialist/clients/{owner}/plan'],
				['assignedNoConsent', '/api/v1/specialist/clients/{owner}/timeline'],
				['assignedNoConsent', '/en/specialist/clients/{owner}/plan'],
				['unassignedSpecialist', '/api/v1/specialist/clients/{owner}/plan'],
				['unassignedSpecialist', '/api/v1/specialist/clients/{owner}/notes'],
				['unassignedSpecialist', '/en/specialist/clients/{owner}'],
				['admin', '/api/v1/specialist/clients/{owner}/plan'],
				['owner', '/api/v1/specialist/clients/{owner}/notes'],
				['signedOut', '/api/v1/specialist/clients/{owner}/timeline']
			];
			for (const [role, path] of refused) expect((await open(role, path)).status, `${role} ${path}`).not.toBe(200);
			expect((await audit()).length, 'refused opens leave no entry').toBe(before);

			const opens: Array<[Role, string, string]> = [
				['assignedWithConsent', '/api/v1/specialist/clients/{owner}/plan', 'plan'],
				['assignedWithConsent', '/api/v1/specialist/clients/{owner}/timeline', 'timeline'],
				['assignedWithConsent', '/api/v1/specialist/clients/{owner}/notes', 'notes'],
				['assignedWithConsent', '/en/specialist/clients/{owner}/plan', 'plan'],
				['assignedWithConsent', '/es/specialist/clients/{owner}/timeline', 'timeline'],
				['assignedNoConsent', '/en/specialist/clients/{owner}', 'notes'],
				['assignedNoConsent', '/api/v1/specialist/clients/{owner}/notes', 'notes']
			];
			for (const [role, path, what] of opens) {
				expect((await open(role, path)).status, `${role} ${path}`).toBe(200);
				expect((await audit()).at(-1), `${role} ${path}`).toEqual({
					actor_id: cast.ids[role],
					actor_role: 'specialist',
					what
				});
			}
			expect((await audit()).length).toBe(before + opens.length);
			// Writing and changing a note is not opening anything of the client's.
			const added = await cast.clients.assignedNoConsent.request(
				'POST',
				`/api/v1/specialist/clients/${cast.ids.owner}/notes`,
				{ body: { body: 'First call went well.' } }
			);
			expect(added.status).toBe(201);
			expect((await audit()).length).toBe(before + opens.length);
		});

		it('refuses the very next open after the member revokes, item by item, and opens again once shared', async () => {
			const plan = '/api/v1/specialist/clients/{owner}/plan';
			const page = '/en/specialist/clients/{owner}/plan';
			const timeline = '/api/v1/specialist/clients/{owner}/timeline';
			expect((await open('assignedWithConsent', plan)).status).toBe(200);
			const consents = (work: (c: ReturnType<typeof consentsRepository>) => Promise<void>) =>
				cast.database((db) => work(consentsRepository(db)));
			await consents((c) => c.revoke(cast.ids.owner, cast.ids.assignedWithConsent, 'plan', new Date()));
			const before = (await audit()).length;
			expect((await open('assignedWithConsent', plan)).status).toBe(404);
			expect((await open('assignedWithConsent', page)).status).toBe(404);
			expect((await audit()).length, 'a refused open leaves no entry').toBe(before);
			// The client page no longer offers the plan; the timeline is still shared.
			const client = await open('assignedWithConsent', '/en/specialist/clients/{owner}');
			expect(client.text).not.toContain(`/en/specialist/clients/${cast.ids.owner}/plan"`);
			expect(client.text).toContain(`/en/specialist/clients/${cast.ids.owner}/timeline"`);
			expect((await open('assignedWithConsent', timeline)).status).toBe(200);
			await consents((c) =>
				c.grant(cast.ids.owner, cast.ids.assignedWithConsent, 'plan', `again-${Date.now()}`, new Date())
			);
			expect((await open('assignedWithConsent', plan)).status).toBe(200);
		});

		it('answers bad input on the notes with a problem, never a 500, and stores nothing', async () => {
			const who = cast.clients.assignedNoConsent;
			const notes = `/api/v1/specialist/clients/${cast.ids.owner}/notes`;
			const count = () =>
				cast.database(async (db) =>
					Number(
						(
							await db
								.selectFrom('specialist_notes')
								.select((eb) => eb.fn.countAll().as('n'))
								.executeTakeFirstOrThrow()
						).n
					)
				);
			const before = await count();
			const bodies: Array<Parameters<typeof who.request>[2]> = [
				{ body: {} },
				{ body: { body: '' } },
				{ body: { body: '   ' } },
				{ body: { body: 42 } },
				{ body: { body: 'x'.repeat(10_001) } },
				{ body: { body: 'fine', extra: true } },
				{ body: [] },
				{ body: null },
				{ raw: '{"body":', contentType: 'application/json' },
				{ raw: 'body=hello', contentType: 'application/x-www-form-urlencoded' },
				{ raw: JSON.stringify({ body: 'y'.repeat(70_000) }), contentType: 'application/json' }
			];
			const { id } = (await who.request('POST', notes, { body: { body: 'A note to change.' } })).json as { id: string };
			for (const options of bodies) {
				const added = await who.request('POST', notes, options);
				expect([400, 413], `POST ${JSON.stringify(options).slice(0, 80)}: ${added.text}`).toContain(added.status);
				expect(added.headers.get('content-type')).toBe('application/problem+json');
				const changed = await who.request('PATCH', `${notes}/${id}`, options);
				expect([400, 413], `PATCH ${JSON.stringify(options).slice(0, 80)}`).toContain(changed.status);
			}
			for (const odd of ['%00', 'x'.repeat(65), '..', 'a%0Ab'])
				expect((await who.request('PATCH', `${notes}/${odd}`, { body: { body: 'ok' } })).status, odd).toBe(404);
			expect((await who.request('GET', `/api/v1/specialist/clients/%00/plan`)).status, 'a NUL in the member id').toBe(
				404
			);
			expect(await count(), 'only the one good note was stored').toBe(before + 1);
			const listed = (await who.get(notes)).json as { notes: Array<{ id: string; body: string }> };
			expect(listed.notes.find((n) => n.id === id)?.body).toBe('A note to change.');
		});

		it('shows a client as new until the specialist opens them, and counts the caseload in agreement', async () => {
			// The caseload's count agrees in number with the clients on it, in each language.
			const caseload = async (locale: 'en' | 'es') =>
				(await cast.clients.assignedNoConsent.get(`/${locale}/specialist`)).text;
			expect(await caseload('en')).toMatch(/>\s*1 client\s*</);
			expect(await caseload('es')).toMatch(/>\s*1 cliente\s*</);
			// The other member had no request; now one is assigned to assignedNoConsent, who has not opened them yet.
			await assignedRequest(server, cast.ids.otherMember, cast.ids.assignedNoConsent);
			expect(await caseload('en')).toMatch(/>\s*2 clients\s*</);
			expect(await caseload('es')).toMatch(/>\s*2 clientes\s*</);
			const isNew = async () => {
				const answer = await cast.clients.assignedNoConsent.get('/api/v1/specialist/clients');
				const clients = (answer.json as { clients: Array<{ memberId: string; isNew: boolean }> }).clients;
				return clients.find((c) => c.memberId === cast.ids.otherMember)?.isNew;
			};
			expect(await isNew()).toBe(true);
			const page = await cast.clients.assignedNoConsent.get(`/en/specialist/clients/${cast.ids.otherMember}`);
			expect(page.status).toBe(200);
			expect(await isNew()).toBe(false);
		});
	});
}
