import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { staffRepository } from './staff.ts';
import { adminLogRepository, otherAdmins } from './admin-log.ts';

const now = new Date('2026-11-30T08:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

for (const dialect of DIALECTS) {
	describe(`the admin log on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('keeps each change with its admin’s address, newest first, a page at a time', async () => {
			database = await testDatabase(dialect);
			const admin = await insertMember(database, 'admin');
			const log = adminLogRepository(database.db);
			await log.append({ id: 'e1', actorId: admin, kind: 'organisation_saved', subjectId: 'org', at: at(1) });
			await log.append({ id: 'e2', actorId: admin, kind: 'request_assigned', subjectId: 'r1', at: at(2) });
			await log.append({ id: 'e3', actorId: 'gone', kind: 'request_closed', subjectId: 'r1', at: at(2) });
			const first = await log.page(null, 2);
			expect(first.map((entry) => entry.id)).toEqual(['e3', 'e2']);
			expect(first[0]).toEqual({
				id: 'e3',
				actorId: 'gone',
				actorEmail: null,
				kind: 'request_closed',
				subjectId: 'r1',
				at: at(2)
			});
			expect(first[1]!.actorEmail).toBe('admin@example.org');
			expect((await log.page({ at: at(2), id: 'e2' }, 2)).map((entry) => entry.id)).toEqual(['e1']);
		});

		it('refuses to change or delete an entry, even by a query written by hand', async () => {
			database = await testDatabase(dialect);
			const log = adminLogRepository(database.db);
			await log.append({ id: 'e1', actorId: 'a1', kind: 'invite_sent', subjectId: 'hash', at: at(1) });
			await expect(
				database.db.updateTable('admin_log').set({ kind: 'request_closed' }).where('id', '=', 'e1').execute()
			).rejects.toThrow(/append-only/);
			await expect(database.db.deleteFrom('admin_log').where('id', '=', 'e1').execute()).rejects.toThrow(/append-only/);
			await expect(sql`delete from admin_log`.execute(database.db)).rejects.toThrow(/append-only/);
			expect(await log.page(null, 10)).toHaveLength(1);
			expect((await log.page(null, 10))[0]!.kind).toBe('invite_sent');
		});

		it('finds the other admins to tell about a change, never the one who made it or a specialist', async () => {
			database = await testDatabase(dialect);
			const staff = staffRepository(database.db);
			const [one, two, specialist] = await Promise.all(['one', 'two', 'spec'].map((id) => insertMember(database, id)));
			await staff.grant(one!, 'admin', now);
			await staff.grant(two!, 'admin', now);
			await staff.grant(specialist!, 'specialist', now);
			expect(await otherAdmins(database.db, one!)).toEqual([{ email: 'two@example.org', locale: 'en' }]);
		});
	});
}
