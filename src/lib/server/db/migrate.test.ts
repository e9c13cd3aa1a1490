import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { migrateToLatest, migrator } from './migrate.ts';

for (const dialect of DIALECTS) {
	describe(`the schema on ${dialect}`, () => {
		let database: TestDatabase | undefined;
		afterEach(async () => {
			await database?.dispose();
			database = undefined;
		});

		it('is created by the migrations, and migrating again changes nothing', async () => {
			database = await testDatabase(dialect);
			const again = await migrator(database.db).migrateToLatest();
			expect(again.results).toEqual([]);
			const tables = (await database.db.introspection.getTables()).map((t) => t.name).sort();
			expect(tables).toEqual(expect.arrayContaining(['email_tokens', 'members', 'rate_limits', 'sessions']));
		});

		it('enforces unique e-mail addresses and deletes a member’s sessions with the member', async () => {
			database = await testDatabase(dialect);
			const { db } = database;
			const now = new Date().toISOString();
			const member = {
				id: 'm1',
				email: 'a@example.org',
				email_verified_at: null,
				password_hash: 'x',
				locale: 'en',
				created_at: now,
				updated_at: now
			};
			await db.insertInto('members').values(member).execute();
			await expect(
				db
					.insertInto('members')
					.values({ ...member, id: 'm2' })
					.execute()
			).rejects.toThrow();
			await db
				.insertInto('sessions')
				.values({ id_hash: 'h', member_id: 'm1', created_at: now, last_seen_at: now, expires_at: now, device: 'test' })
				.execute();
			await db.deleteFrom('members').where('id', '=', 'm1').execute();
			expect(await db.selectFrom('sessions').selectAll().execute()).toEqual([]);
		});

		it.runIf(dialect === 'sqlite')(
			'runs SQLite in WAL mode, with foreign keys, and syncs every commit in full',
			async () => {
				database = await testDatabase(dialect);
				const pragma = async (name: string) =>
					Object.values((await sql.raw(`PRAGMA ${name}`).execute(database!.db)).rows[0] as object)[0];
				expect(await pragma('journal_mode')).toBe('wal');
				expect(await pragma('foreign_keys')).toBe(1);
				expect(await pragma('synchronous')).toBe(2);
			}
		);

		it('adds a crisis level (019) that keeps earlier flags with no level, takes only urgent or concern, and goes', async () => {
			database = await testDatabase(dialect, { upTo: '018-at-rest' });
			const { db } = database;
			const t = '2026-11-30T08:00:00.000Z';
			const flagged = dialect === 'sqlite' ? 1 : true;
			await insertMember(database, 'ana');
			await insertMember(database, 'sofia');
			await sql`insert into guidance_requests (id, member_id, relationship, story_enc, urgency, language, times_enc,
				crisis, state, specialist_id, created_at, updated_at)
				values ('q1', 'ana', 'child', 'x', 'today', 'en', 'x', 1, 'waiting', null, ${t}, ${t})`.execute(db);
			await sql`insert into message_threads (id, member_id, specialist_id, created_at) values ('th1', 'ana', 'sofia', ${t})`.execute(
				db
			);
			await sql`insert into messages (id, thread_id, sender_id, body_enc, crisis, created_at)
				values ('m1', 'th1', 'ana', 'x', ${flagged}, ${t})`.execute(db);

			await migrateToLatest(db);
			const request = await db
				.selectFrom('guidance_requests')
				.select(['crisis', 'crisis_level'])
				.executeTakeFirstOrThrow();
			expect([Number(request.crisis), request.crisis_level]).toEqual([1, null]);
			const message = await db.selectFrom('messages').select(['crisis', 'crisis_level']).executeTakeFirstOrThrow();
			expect([Boolean(message.crisis), message.crisis_level]).toEqual([true, null]);
			for (const table of ['guidance_requests', 'messages'] as const) {
				await db.updateTable(table).set({ crisis_level: 'concern' }).execute();
				await db.updateTable(table).set({ crisis_level: 'urgent' }).execute();
				await expect(sql`update ${sql.table(table)} set crisis_level = 'soon'`.execute(db)).rejects.toThrow();
			}

			const { error } = await migrator(db).migrateTo('018-at-rest');
			expect(error).toBeUndefined();
			const columns = async (name: string) =>
				(await db.introspection.getTables()).find((table) => table.name === name)!.columns.map((c) => c.name);
			expect(await columns('guidance_requests')).not.toContain('crisis_level');
			expect(await columns('messages')).not.toContain('crisis_level');
			expect(await db.selectFrom('messages').select('id').execute()).toEqual([{ id: 'm1' }]);
		});

		it('keeps one crisis flag (020): a message flagged before it reads 1, a plain one 0, and it goes back', async () => {
			database = await testDatabase(dialect, { upTo: '019-crisis-level' });
			const { db } = database;
			const t = '2026-12-07T08:00:00.000Z';
			const [flagged, plain] = dialect === 'sqlite' ? [1, 0] : [true, false];
			await insertMember(database, 'ana');
			await insertMember(database, 'sofia');
			await sql`insert into message_threads (id, member_id, specialist_id, created_at) values ('th1', 'ana', 'sofia', ${t})`.execute(
				db
			);
			await sql`insert into messages (id, thread_id, sender_id, body_enc, crisis, created_at)
				values ('m1', 'th1', 'ana', 'x', ${flagged}, ${t}), ('m2', 'th1', 'ana', 'x', ${plain}, ${t})`.execute(db);

			await migrateToLatest(db);
			const flags = async () =>
				(await db.selectFrom('messages').select(['id', 'crisis']).orderBy('id').execute()).map((row) => row.crisis);
			expect(await flags()).toEqual([1, 0]);
			const crisisType = async () =>
				(await db.introspection.getTables())
					.find((table) => table.name === 'messages')!
					.columns.find((column) => column.name === 'crisis')!.dataType;
			if (dialect === 'postgres') expect(await crisisType()).toBe('int4');

			const { error } = await migrator(db).migrateTo('019-crisis-level');
			expect(error).toBeUndefined();
			expect((await flags()).map(Boolean)).toEqual([true, false]);
			if (dialect === 'postgres') expect(await crisisType()).toBe('bool');
		});

		it('keeps text byte for byte, including emoji, accents and quotes', async () => {
			database = await testDatabase(dialect);
			const now = new Date().toISOString();
			const email = `“ñandú” 🙂 '; DROP TABLE members; --@example.org`;
			await database.db
				.insertInto('members')
				.values({
					id: 'm1',
					email,
					email_verified_at: null,
					password_hash: 'x',
					locale: 'es',
					created_at: now,
					updated_at: now
				})
				.execute();
			const row = await database.db.selectFrom('members').select('email').executeTakeFirstOrThrow();
			expect(row.email).toBe(email);
			const count = await sql<{ n: number }>`select count(*) as n from members`.execute(database.db);
			expect(Number(count.rows[0]?.n)).toBe(1);
		});
	});
}
