import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { findMemberProfile } from './members.ts';

for (const dialect of DIALECTS) {
	describe(`members on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('show a member their own address, its confirmation, language and start, and nothing of anyone else', async () => {
			database = await testDatabase(dialect);
			const joined = new Date('2026-11-30T08:00:00Z');
			await insertMember(database, 'ana', joined);
			await insertMember(database, 'ben');

			expect(await findMemberProfile(database.db, 'ana')).toEqual({
				email: 'ana@example.org',
				emailConfirmedAt: joined.toISOString(),
				language: 'en',
				createdAt: joined.toISOString()
			});
			expect(await findMemberProfile(database.db, 'nobody')).toBeUndefined();
		});
	});
}
