import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { addressOf, emailsOf } from './member-addresses.ts';

for (const dialect of DIALECTS) {
	describe(`member addresses on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('gives a member’s address and language, and nothing for someone who is not there', async () => {
			database = await testDatabase(dialect);
			const ana = await insertMember(database, 'ana');
			await database.db.updateTable('members').set({ locale: 'es' }).where('id', '=', ana).execute();
			expect(await addressOf(database.db, ana)).toEqual({ email: 'ana@example.org', locale: 'es' });
			expect(await addressOf(database.db, 'nobody')).toBeUndefined();
		});

		it('gives the addresses of several members by id, leaving out those who are gone', async () => {
			database = await testDatabase(dialect);
			const ana = await insertMember(database, 'ana');
			const ben = await insertMember(database, 'ben');
			await insertMember(database, 'cleo');
			expect(await emailsOf(database.db, [ana, ben, 'gone'])).toEqual(
				new Map([
					[ana, 'ana@example.org'],
					[ben, 'ben@example.org']
				])
			);
			expect(await emailsOf(database.db, [])).toEqual(new Map());
		});
	});
}
