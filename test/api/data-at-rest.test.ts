import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/lib/core/i18n/catalogue.ts';
import { keyIdOf } from '../../src/lib/server/crypto/field-cipher.ts';
import { addKeyToFile } from '../../src/lib/server/crypto/keyring.ts';
import { DIALECTS } from '../databases.ts';
import { assignedRequest, database, makeStaff, memberIdOf } from './cast.ts';
import { password, signedInMember } from './members.ts';
import { newReachOut } from './member-data.ts';
import { startServer, type TestServer } from './server.ts';

// Data at rest, on the built server: what it writes is private to its user from the first start, a key added
// to the key file is used by the running server for its next write, and a departing specialist's client keeps
// their thread.

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);
const warning = 'others may read this';

for (const dialect of DIALECTS) {
	describe(`data at rest on ${dialect}`, () => {
		let server: TestServer | undefined;
		const folders: string[] = [];
		afterEach(async () => {
			await server?.dispose();
			server = undefined;
		});
		afterAll(() => {
			for (const folder of folders) rmSync(folder, { recursive: true, force: true });
		});

		it('makes DATA_DIR 0700 and its files 0600 on a first start, and warns when they are looser', async () => {
			const parent = mkdtempSync(join(tmpdir(), 'porchlight-modes-'));
			folders.push(parent);
			// A folder that does not exist yet: the server makes it.
			const dataDir = join(parent, 'data');
			server = await startServer({ dialect, env: { DATA_DIR: dataDir } });
			await signedInMember({ ...server, dataDir }, 'modes');

			const files = [
				'keys.json',
				...(dialect === 'sqlite' ? ['porchlight.sqlite', 'porchlight.sqlite-wal', 'porchlight.sqlite-shm'] : [])
			];
			const outbox = join(dataDir, 'outbox');
			const mails = readdirSync(outbox);
			expect(mails.length, 'the sign-up e-mail is in the outbox').toBeGreaterThan(0);
			expect({
				folder: modeOf(dataDir),
				outbox: modeOf(outbox),
				files: Object.fromEntries(
					files.map((file) => [file, existsSync(join(dataDir, file)) && modeOf(join(dataDir, file))])
				),
				mails: [...new Set(mails.map((mail) => modeOf(join(outbox, mail))))]
			}).toEqual({
				folder: '700',
				outbox: '700',
				files: Object.fromEntries(files.map((file) => [file, '600'])),
				mails: ['600']
			});
			expect(server.logs()).not.toContain(warning);

			// Made looser by hand (or by an older version): the next start says which, and how loose.
			chmodSync(dataDir, 0o755);
			chmodSync(join(outbox, mails[0]!), 0o644);
			await server.restart();
			const logs = server.logs();
			expect(logs).toContain(warning);
			expect(logs).toContain(JSON.stringify(dataDir));
			expect(logs).toContain(JSON.stringify(join(outbox, mails[0]!)));
			expect(logs).toContain('"mode":"0755"');
		});

		it('encrypts under a key added to the key file while it runs, from its next write, without a restart', async () => {
			server = await startServer({ dialect });
			const owner = await signedInMember(server, 'rotation');
			const first = await owner.request('POST', '/api/v1/reach-outs', { body: newReachOut() });
			expect(first.status, first.text).toBe(201);
			const added = addKeyToFile(server.dataDir);
			const second = await owner.request('POST', '/api/v1/reach-outs', { body: newReachOut() });
			expect(second.status, second.text).toBe(201);

			const keyIds = await database(server, async (db) =>
				Object.fromEntries(
					(await db.selectFrom('reach_outs').select(['id', 'said_enc']).execute()).map((row) => [
						row.id,
						keyIdOf(row.said_enc)
					])
				)
			);
			const [before, after] = [first, second].map((answer) => keyIds[(answer.json as { id: string }).id]);
			expect(before).not.toBe(added.id);
			expect(after).toBe(added.id);
			expect((await owner.get('/api/v1/reach-outs')).status).toBe(200);
		});

		it('keeps a departing specialist’s thread for their client, to read and not to write in', async () => {
			server = await startServer({ dialect });
			const ana = await signedInMember(server, 'client');
			const sol = await signedInMember(server, 'leaving');
			const anaId = await memberIdOf(server, ana);
			const solId = await makeStaff(server, sol, 'specialist');
			await assignedRequest(server, anaId, solId);
			const opened = await ana.request('POST', '/api/v1/threads', { body: { with: solId } });
			expect(opened.status, opened.text).toBe(200);
			const threadId = (opened.json as { id: string }).id;
			for (const [who, body] of [
				[ana, '¿Qué hago si vuelve a pedir dinero?'],
				[sol, 'Podemos verlo juntas el martes.']
			] as const)
				expect((await who.request('POST', `/api/v1/threads/${threadId}/messages`, { body: { body } })).status).toBe(
					201
				);

			const deleted = await sol.request('DELETE', '/api/v1/account', { body: { password } });
			expect(deleted.status, deleted.text).toBe(204);

			const threads = (await ana.get('/api/v1/threads')).json as { threads: Array<Record<string, unknown>> };
			expect(threads.threads.map(({ id, archived, with: other }) => ({ id, archived, other }))).toEqual([
				{ id: threadId, archived: true, other: null }
			]);
			const read = (await ana.get(`/api/v1/threads/${threadId}/messages`)).json as {
				messages: Array<{ body: string; mine: boolean }>;
			};
			expect(read.messages.map(({ body, mine }) => [body, mine])).toEqual([
				['¿Qué hago si vuelve a pedir dinero?', true],
				['Podemos verlo juntas el martes.', false]
			]);
			const refused = await ana.request('POST', `/api/v1/threads/${threadId}/messages`, { body: { body: 'Hola' } });
			expect(refused.status, refused.text).toBe(409);
			// The messages page shows the conversation with the calm note, and no form to write in it.
			for (const locale of ['en', 'es'] as const) {
				const page = await ana.get(`/${locale}/account/guidance/messages`);
				expect(page.status).toBe(200);
				expect(page.text).toContain(catalogue(locale).archivedThreads.note);
				expect(page.text).toContain('Podemos verlo juntas el martes.');
				expect(page.text).not.toContain('data-send-form');
			}
		});
	});
}
