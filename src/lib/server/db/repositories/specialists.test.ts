import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { specialistProfilesRepository, staffInvitesRepository } from './specialists.ts';

const now = new Date('2026-11-30T08:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const week = 7 * 24 * 60 * 60_000;

for (const dialect of DIALECTS) {
	describe(`specialist profiles and staff invitations on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('puts, replaces, gets and lists profiles; they go with the member', async () => {
			database = await testDatabase(dialect);
			const profiles = specialistProfilesRepository(database.db);
			const rosa = await insertMember(database, 'rosa');
			const ben = await insertMember(database, 'ben');
			expect(await profiles.get(rosa)).toBeUndefined();
			expect(await profiles.list()).toEqual([]);

			const first = {
				memberId: rosa,
				displayName: 'Rosa M.',
				languages: ['es' as const, 'en' as const],
				focus: ['parent' as const],
				capacity: 12,
				timeZone: 'America/Chicago',
				updatedAt: now.toISOString()
			};
			await profiles.put(first);
			const replaced = {
				...first,
				focus: ['partner' as const, 'child' as const],
				capacity: 200,
				updatedAt: later(1000).toISOString()
			};
			await profiles.put(replaced);
			expect(await profiles.get(rosa)).toEqual(replaced);
			const benProfile = { ...first, memberId: ben, displayName: 'Ben A.', languages: ['en' as const], focus: [] };
			await profiles.put(benProfile);
			expect((await profiles.list()).map((p) => p.memberId)).toEqual([ben, rosa]);

			await database.db.deleteFrom('members').where('id', '=', rosa).execute();
			expect(await profiles.get(rosa)).toBeUndefined();
			expect(await profiles.list()).toEqual([benProfile]);
		});

		it('keeps only the hash of an invitation token, which works once and only before it expires', async () => {
			database = await testDatabase(dialect);
			const invites = staffInvitesRepository(database.db);
			const admin = await insertMember(database, 'admin');
			const issue = () =>
				invites.issue({ email: 'rosa@example.org', role: 'specialist', invitedBy: admin, expiresAt: later(week) }, now);
			const token = await issue();
			expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
			const rows = await database.db.selectFrom('staff_invites').selectAll().execute();
			expect(rows).toHaveLength(1);
			expect(JSON.stringify(rows)).not.toContain(token);
			expect(rows[0]).toMatchObject({
				email: 'rosa@example.org',
				role: 'specialist',
				invited_by: admin,
				used_at: null
			});

			const invite = { email: 'rosa@example.org', role: 'specialist' };
			expect(await invites.peek(token, now)).toEqual(invite);
			expect(await invites.peek(token, now)).toEqual(invite);
			expect(await invites.consume(token, later(1000))).toEqual(invite);
			expect(await invites.peek(token, later(2000))).toBeNull();
			expect(await invites.consume(token, later(2000))).toBeNull();

			const other = await issue();
			expect(await invites.peek(other, later(week))).toBeNull();
			expect(await invites.consume(other, later(week))).toBeNull();
			expect(await invites.consume(other, later(week - 1))).toEqual(invite);

			const twice = await issue();
			const both = await Promise.all([invites.consume(twice, now), invites.consume(twice, now)]);
			expect(both.filter(Boolean)).toHaveLength(1);

			const older = await issue();
			const newer = await issue();
			expect(await invites.peek(older, now)).toBeNull();
			expect(await invites.consume(older, now)).toBeNull();
			expect(await invites.consume(newer, now)).toEqual(invite);

			expect(await invites.consume('not a token', now)).toBeNull();
			expect(await invites.peek('x'.repeat(43), now)).toBeNull();
		});
	});
}
