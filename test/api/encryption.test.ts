import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { mondayOf } from '../../src/lib/core/timeline/weeks.ts';
import { encryptedColumns } from '../../src/lib/server/crypto/rotate.ts';
import { DIALECTS } from '../databases.ts';
import { assignedRequest, makeStaff, memberIdOf } from './cast.ts';
import { signedInMember } from './members.ts';
import { newReachOut } from './member-data.ts';
import { root, startServer, type TestServer } from './server.ts';

// What a member writes is never in the database as plaintext: not in the SQLite file nor its WAL, not in any
// column PostgreSQL holds. After `npm run rotate-key` everything is under the new key, the running server reads
// on, and with the old key gone entirely everything still decrypts.

const run = promisify(execFile);
const encrypted = /^v2\.([A-Za-z0-9-]{1,32})\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Every value of every encrypted column, read straight from the database. */
async function rawEncrypted(server: TestServer): Promise<Array<{ place: string; value: string }>> {
	const found: Array<{ place: string; value: string }> = [];
	for (const [table, columns] of Object.entries(encryptedColumns)) {
		const rows = await rawRows(server, `select * from ${table}`);
		for (const row of rows)
			for (const column of columns)
				found.push({ place: `${table}.${column}:${row.id}`, value: String(row[`${column}_enc`]) });
	}
	return found;
}

async function rawRows(server: TestServer, query: string): Promise<Array<Record<string, unknown>>> {
	if (server.databaseUrl) {
		const client = new pg.Client({ connectionString: server.databaseUrl });
		await client.connect();
		try {
			return (await client.query(query)).rows as Array<Record<string, unknown>>;
		} finally {
			await client.end();
		}
	}
	const database = new DatabaseSync(join(server.dataDir, 'porchlight.sqlite'), { readOnly: true });
	try {
		return database.prepare(query).all() as Array<Record<string, unknown>>;
	} finally {
		database.close();
	}
}

/** Every row of every table as text, as PostgreSQL holds it. */
async function everyPostgresRow(server: TestServer): Promise<string> {
	const tables = await rawRows(
		server,
		"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
	);
	const texts: string[] = [];
	for (const { table_name } of tables)
		for (const row of await rawRows(server, `select t::text as row from "${String(table_name)}" t`))
			texts.push(String(row.row));
	return texts.join('\n');
}

/** The SQLite database file and its write-ahead log, as bytes on disk. */
function sqliteFiles(server: TestServer): Buffer {
	const file = join(server.dataDir, 'porchlight.sqlite');
	const wal = `${file}-wal`;
	return Buffer.concat([readFileSync(file), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)]);
}

for (const dialect of DIALECTS) {
	describe(`encryption at rest on ${dialect}`, () => {
		let server: TestServer | undefined;
		afterAll(async () => server?.dispose());

		it('keeps no plaintext in the database, and a rotated key still decrypts everything', async () => {
			server = await startServer({ dialect });
			const owner = await signedInMember(server, 'secret');
			const tag = randomBytes(6).toString('hex');
			const secrets: string[] = [];
			const secret = (words: string) => {
				const text = `${words} ${tag}-${secrets.length}`;
				secrets.push(text);
				return text;
			};

			// Reach-outs: created, and one changed (both paths encrypt).
			const reachOuts: Array<Record<string, unknown>> = [];
			for (let i = 0; i < 3; i++) {
				const body = {
					...newReachOut(),
					said: secret('Prometo que esta vez es distinto, mamá'),
					did: secret('Le dije que lo pensaría'),
					note: secret('Sonaba cansado 😔')
				};
				const answer = await owner.request('POST', '/api/v1/reach-outs', { body });
				expect(answer.status, answer.text).toBe(201);
				reachOuts.push(answer.json as Record<string, unknown>);
			}
			const changed = await owner.request('PATCH', `/api/v1/reach-outs/${String(reachOuts[0]!.id)}`, {
				body: { note: secret('Changed: he asked for money again') }
			});
			expect(changed.status, changed.text).toBe(200);
			reachOuts[0] = changed.json as Record<string, unknown>;

			// Plan versions: through the API when it is there, else through the repository the API uses.
			const plans = [0, 1].map(() => ({
				conditions: [secret('Sober when we meet')],
				boundaries: [secret('No money, no car')],
				expectations: [],
				supports: [secret('Al-Anon on Tuesdays')],
				signs: []
			}));
			for (const lists of plans) expect((await owner.request('PUT', '/api/v1/plan', { body: lists })).status).toBe(200);
			const readPlans = async () =>
				Promise.all(
					[1, 2].map(async (v) => ((await owner.get(`/api/v1/plan/versions/${v}`)).json as { lists: unknown }).lists)
				);

			// A weekly check-in and a support contact.
			const week = mondayOf(new Date());
			const answers = [
				{ sign: secret('Va a sus reuniones'), status: 'seen', note: secret('Fue el martes y el jueves') }
			];
			expect((await owner.request('PUT', `/api/v1/check-ins/${week}`, { body: { answers } })).status).toBe(200);
			const phone = `+1 555 ${String(Date.now()).slice(-7)}`;
			secrets.push(phone);
			const contact = { name: secret('Tía Marta'), phone };
			expect((await owner.request('POST', '/api/v1/contacts', { body: contact })).status).toBe(201);
			const readOthers = async () => ({
				answers: ((await owner.get(`/api/v1/check-ins/${week}`)).json as { answers: unknown }).answers,
				contacts: (
					(await owner.get('/api/v1/contacts')).json as { contacts: Array<{ name: string; phone: string }> }
				).contacts.map(({ name, phone }) => ({ name, phone }))
			});

			// Personalized guidance: a request's story and times, a message, a specialist's private note about them.
			const story = { relationship: 'parent', urgency: 'thisWeek', language: 'es' };
			const request = { ...story, story: secret('Mi hijo quiere volver a casa'), times: secret('Por las tardes') };
			const asked = await owner.request('POST', '/api/v1/guidance/requests', { body: request });
			expect(asked.status, asked.text).toBe(201);
			const specialist = await signedInMember(server, 'specialist');
			const specialistId = await makeStaff(server, specialist, 'specialist');
			const ownerId = await memberIdOf(server, owner);
			await assignedRequest(server, ownerId, specialistId);
			const thread = (await owner.request('POST', '/api/v1/threads', { body: { with: specialistId } })).json as {
				id: string;
			};
			const message = secret('Llamó anoche y lloramos los dos');
			const posted = await owner.request('POST', `/api/v1/threads/${thread.id}/messages`, { body: { body: message } });
			expect(posted.status, posted.text).toBe(201);
			const note = secret('She is afraid of the holidays');
			const noted = await specialist.request('POST', `/api/v1/specialist/clients/${ownerId}/notes`, {
				body: { body: note }
			});
			expect(noted.status, noted.text).toBe(201);
			const readGuidance = async () => ({
				stories: (
					(await owner.get('/api/v1/guidance/requests')).json as { requests: Array<{ story: string }> }
				).requests
					.map((r) => r.story)
					.includes(request.story),
				messages: (
					(await owner.get(`/api/v1/threads/${thread.id}/messages`)).json as { messages: Array<{ body: string }> }
				).messages.map((m) => m.body),
				notes: (
					(await specialist.get(`/api/v1/specialist/clients/${ownerId}/notes`)).json as {
						notes: Array<{ body: string }>;
					}
				).notes.map((n) => n.body)
			});

			const readReachOuts = async () =>
				((await owner.get('/api/v1/reach-outs')).json as { reachOuts: unknown[] }).reachOuts;
			const expectAllReadable = async (when: string) => {
				expect(
					((await readReachOuts()) as Array<{ id: string }>).sort((a, b) => a.id.localeCompare(b.id)),
					`reach-outs ${when}`
				).toEqual([...reachOuts].sort((a, b) => String(a.id).localeCompare(String(b.id))));
				expect(await readPlans(), `plan versions ${when}`).toEqual(plans);
				expect(await readOthers(), `check-in and contact ${when}`).toEqual({ answers, contacts: [contact] });
				expect(await readGuidance(), `guidance ${when}`).toEqual({ stories: true, messages: [message], notes: [note] });
			};
			const expectNoPlaintext = async (when: string) => {
				if (dialect === 'sqlite') {
					const bytes = sqliteFiles(server!);
					// The scan does find plaintext where there is some: the e-mail address is not encrypted.
					expect(bytes.includes(Buffer.from(owner.email!)), `the scan reads the data (${when})`).toBe(true);
					for (const text of secrets)
						expect(bytes.includes(Buffer.from(text)), `"${text}" on disk ${when}`).toBe(false);
					// Nor a tell-tale part of it (the words without the tag).
					expect(bytes.includes(Buffer.from('Prometo que esta vez')), `plaintext on disk ${when}`).toBe(false);
				} else {
					const rows = await everyPostgresRow(server!);
					expect(rows.includes(owner.email!), `the scan reads the data (${when})`).toBe(true);
					for (const text of secrets) expect(rows.includes(text), `"${text}" in PostgreSQL ${when}`).toBe(false);
					expect(rows.includes('Prometo que esta vez'), `plaintext in PostgreSQL ${when}`).toBe(false);
				}
				const values = await rawEncrypted(server!);
				// Reach-outs, plan versions, the check-in, the contact; two requests, the message, the note.
				expect(values.length, 'encrypted values').toBe(3 * 3 + 2 + 1 + 2 + 2 * 2 + 1 + 1);
				for (const { place, value } of values) expect(value, place).toMatch(encrypted);
				return new Set(values.map(({ value }) => encrypted.exec(value)![1]));
			};

			await expectAllReadable('as written');
			if (dialect === 'sqlite')
				expect(existsSync(join(server.dataDir, 'porchlight.sqlite-wal')), 'the WAL is there to be read').toBe(true);
			const keysBefore = await expectNoPlaintext('as written');
			expect(keysBefore.size).toBe(1);

			// Rotate while the server runs, exactly as an operator would.
			const { stdout } = await run(process.execPath, ['scripts/rotate-key.ts'], { cwd: root, env: server.env });
			const newKey = /added key (\S+)/.exec(stdout)?.[1];
			expect(newKey, stdout).toBeDefined();
			// Three reach-outs, two plan versions, one check-in, one contact, two requests, a message, a note.
			expect(stdout).toContain(`re-encrypted ${3 + 2 + 1 + 1 + 2 + 1 + 1} row(s) under key ${newKey}`);
			expect(await expectNoPlaintext('after the rotation'), 'every value under the new key').toEqual(new Set([newKey]));
			await expectAllReadable('by the server that was running during the rotation');

			// With the old key gone for good, everything still decrypts.
			const keyFile = join(server.dataDir, 'keys.json');
			const keys = JSON.parse(readFileSync(keyFile, 'utf8')) as { keys: Array<{ id: string }> };
			expect(keys.keys.map((k) => k.id)).toEqual([newKey, ...keysBefore]);
			writeFileSync(keyFile, JSON.stringify({ keys: keys.keys.filter((k) => k.id === newKey) }), { mode: 0o600 });
			await server.restart();
			await expectAllReadable('after a restart with only the new key');
			await expectNoPlaintext('after the restart');
		});
	});
}
