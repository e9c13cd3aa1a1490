import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { keyring, now, populate, t } from '../../../../../test/fixtures/member-in-every-table.ts';
import { eraseMember } from './erase-member.ts';
import { messagesRepository } from './messages.ts';

// Deleting an account leaves no row naming the person in any table: every table the schema has (read from the
// database itself, so a table added later is searched too), every column, for the member's id and address.

/** Every table and column where the text appears, as `table.column`. */
async function rowsNaming(database: TestDatabase, needles: string[]): Promise<string[]> {
	const found = new Set<string>();
	for (const table of await database.db.introspection.getTables()) {
		const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(database.db)).rows;
		for (const row of rows)
			for (const [column, value] of Object.entries(row))
				if (needles.some((needle) => String(value).includes(needle))) found.add(`${table.name}.${column}`);
	}
	return [...found].sort();
}

for (const dialect of DIALECTS) {
	describe(`deleting an account on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('leaves no row naming the member, in any table', async () => {
			database = await testDatabase(dialect);
			const { ana, sol, email } = await populate(database);
			// The search finds them before: it would find anything left after.
			expect(await rowsNaming(database, [ana, email(ana)])).toEqual(
				expect.arrayContaining(['jobs.last_error', 'jobs.payload', 'members.email', 'reach_outs.member_id'])
			);
			await eraseMember(database.db, ana, now);
			expect(await rowsNaming(database, [ana, email(ana)])).toEqual([]);
			// Sol's own rows are not touched, beyond those about Ana.
			expect(await rowsNaming(database, [sol])).toEqual(
				expect.arrayContaining(['members.id', 'staff.member_id', 'specialist_profiles.member_id', 'jobs.payload'])
			);
		});

		it('leaves no row naming a departing specialist, and their client keeps the thread, archived', async () => {
			database = await testDatabase(dialect);
			const { ana, sol, email, thread } = await populate(database);
			await eraseMember(database.db, sol, now);
			expect(await rowsNaming(database, [sol, email(sol)])).toEqual([]);

			const messages = messagesRepository(database.db, keyring);
			expect(await messages.thread(thread.id)).toEqual({ ...thread, specialistId: null, archivedAt: t });
			expect((await messages.list(thread.id)).map((m) => [m.senderId, m.body])).toEqual([
				[ana, '¿Qué hago si vuelve a pedir dinero?'],
				['', 'Podemos verlo juntas el martes.']
			]);
			// Ana's request goes back to waiting; what she shared ends; her record that it was opened stays.
			const request = await database.db.selectFrom('guidance_requests').selectAll().executeTakeFirstOrThrow();
			expect([request.state, request.specialist_id]).toEqual(['waiting', null]);
			expect(await database.db.selectFrom('consents').selectAll().execute()).toEqual([]);
			expect(await database.db.selectFrom('audit_log').select(['member_id', 'actor_id']).execute()).toEqual([
				{ member_id: ana, actor_id: '' }
			]);
			expect(await database.db.selectFrom('specialist_notes').selectAll().execute()).toEqual([]);
		});
	});
}
