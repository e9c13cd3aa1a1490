import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/lib/core/i18n/catalogue.ts';
import { DIALECTS } from '../databases.ts';
import { castOf, makeStaff, type Cast } from './cast.ts';
import { outbox, signedInMember, type Client } from './members.ts';
import { startServer, type TestServer } from './server.ts';

// The admin log through the API (issue 11): an admin's changes appear in it, for every admin, with ids and kinds
// only; a change to the crisis resources e-mails the other admins a plain notice; saving without changing them
// does not.

const deployment = JSON.parse(readFileSync(new URL('../../config/crisis-resources.json', import.meta.url), 'utf8'));

interface LogPage {
	entries: Array<{ actorId: string; actorEmail: string | null; kind: string; subjectId: string }>;
}

for (const dialect of DIALECTS) {
	describe(`the admin log through the API, on ${dialect}`, () => {
		let server: TestServer;
		let cast: Cast;
		let second: Client;

		beforeAll(async () => {
			server = await startServer({ dialect });
			cast = await castOf(server);
			second = await signedInMember(server, 'second-admin');
			await makeStaff(server, second, 'admin');
		}, 120_000);
		afterAll(async () => server?.dispose());

		const notices = () =>
			outbox(server.dataDir).filter((mail) =>
				mail.text.includes(catalogue('en').staffProof.crisisNotice.body.slice(0, 40))
			);
		// E-mails are jobs, sent moments after the change: wait for the first, or give the queue time to run.
		const noticesAfter = async (expectSome: boolean) => {
			const deadline = Date.now() + (expectSome ? 10_000 : 2_000);
			while (Date.now() < deadline && (!expectSome || notices().length === 0))
				await new Promise((resolve) => setTimeout(resolve, 50));
			return notices();
		};

		it('records a crisis-resources change, shows it to every admin, and tells the other admin by e-mail', async () => {
			const saved = await cast.clients.admin.request('PUT', '/api/v1/admin/organisation', {
				body: { name: 'Porch Family Services', crisisResources: deployment }
			});
			expect(saved.status, saved.text.slice(0, 300)).toBe(200);
			for (const reader of [cast.clients.admin, second]) {
				const log = (await reader.get('/api/v1/admin/log')).json as LogPage;
				expect(log.entries[0]).toMatchObject({
					actorId: cast.ids.admin,
					actorEmail: cast.clients.admin.email,
					kind: 'organisation_saved',
					subjectId: 'org'
				});
			}
			const sent = await noticesAfter(true);
			expect(sent.map((mail) => mail.to)).toEqual([second.email]);
			expect(sent[0]!.text).not.toMatch(/https?:\/\//);
		});

		it('does not e-mail anyone when the crisis resources stay as they were', async () => {
			const before = notices().length;
			const saved = await cast.clients.admin.request('PUT', '/api/v1/admin/organisation', {
				body: { name: 'Porch Family Services, renamed', crisisResources: deployment }
			});
			expect(saved.status).toBe(200);
			expect(await noticesAfter(false)).toHaveLength(before);
		});

		it('names an invitation by its hash, never by the invited address, and a refused change leaves no entry', async () => {
			const invited = 'new-specialist@example.org';
			expect(
				(await cast.clients.admin.request('POST', '/api/v1/admin/invites', { body: { email: invited } })).status
			).toBe(202);
			const refused = await cast.clients.admin.request('POST', '/api/v1/admin/invites', { body: { email: 'nope' } });
			expect(refused.status).toBe(400);
			const log = (await cast.clients.admin.get('/api/v1/admin/log')).json as LogPage;
			expect(log.entries.filter((entry) => entry.kind === 'invite_sent')).toHaveLength(1);
			expect(log.entries[0]!.subjectId).toMatch(/^[0-9a-f]{64}$/);
			expect(JSON.stringify(log)).not.toContain(invited);
		});

		it('logs an assignment and an admin closing a request, but not a member closing their own', async () => {
			const assign = await cast.clients.admin.request(
				'POST',
				`/api/v1/admin/requests/${cast.requests.noConsent}/assign`,
				{
					body: { specialistId: cast.ids.assignedWithConsent }
				}
			);
			expect(assign.status).toBe(200);
			const byAdmin = await cast.clients.admin.request(
				'POST',
				`/api/v1/guidance/requests/${cast.requests.noConsent}/close`
			);
			expect(byAdmin.status).toBe(200);
			const byOwner = await cast.clients.owner.request(
				'POST',
				`/api/v1/guidance/requests/${cast.requests.withConsent}/close`
			);
			expect(byOwner.status).toBe(200);
			const log = (await cast.clients.admin.get('/api/v1/admin/log')).json as LogPage;
			expect(log.entries.slice(0, 2).map((entry) => [entry.kind, entry.subjectId])).toEqual([
				['request_closed', cast.requests.noConsent],
				['request_assigned', cast.requests.noConsent]
			]);
			expect(log.entries.some((entry) => entry.subjectId === cast.requests.withConsent)).toBe(false);
		});

		it('is not there for a specialist or a member', async () => {
			for (const who of [cast.clients.assignedWithConsent, cast.clients.owner])
				expect((await who.get('/api/v1/admin/log')).status).toBe(404);
		});
	});
}
