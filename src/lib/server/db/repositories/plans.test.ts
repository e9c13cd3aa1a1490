import { afterEach, describe, expect, it } from 'vitest';
import { getPlan, getPlanVersion, savePlan } from '#lib/core/plan/plan.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { plansRepository } from './plans.ts';

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const lists = {
	conditions: ['Two weeks of showing up to treatment'],
	boundaries: ['No money — “ni un peso”'],
	expectations: [],
	supports: ['Al-Anon on Tuesdays 🙏'],
	signs: ['Calls when they said they would', 'Goes to meetings']
};

const failure = (work: Promise<unknown>) =>
	work.then(
		() => undefined,
		(e: unknown) => (e instanceof DomainError ? { code: e.code, fields: e.fields } : { code: 'thrown', fields: [] })
	);

for (const dialect of DIALECTS) {
	describe(`My plan on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('starts empty, keeps every save as a version, and returns the lists byte for byte', async () => {
			database = await testDatabase(dialect);
			const store = plansRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			expect(await getPlan(store, ana)).toMatchObject({ version: 0, savedAt: null });

			const first = await savePlan(store, ana, lists, 'p1', now);
			expect(first.version).toBe(1);
			// Saving the same lists again is not a new version.
			expect((await savePlan(store, ana, { ...lists, baseVersion: 1 }, 'p2', now)).version).toBe(1);
			const changed = { ...lists, signs: [...lists.signs, 'Pays back the loan'] };
			await savePlan(store, ana, { ...changed, baseVersion: 1 }, 'p3', new Date(now.getTime() + 60_000));

			expect((await getPlan(store, ana)).lists).toEqual(changed);
			expect((await getPlanVersion(store, ana, 1)).lists).toEqual(lists);
			expect((await store.history(ana)).map((v) => v.version)).toEqual([2, 1]);
		});

		it('refuses a save made from an old version, and two saves racing from the same one', async () => {
			database = await testDatabase(dialect);
			const store = plansRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			await savePlan(store, ana, lists, 'p1', now);
			await savePlan(store, ana, { ...lists, signs: [] }, 'p2', now);
			expect(await failure(savePlan(store, ana, { ...lists, baseVersion: 1 }, 'p3', now))).toEqual({
				code: 'conflict',
				fields: [{ field: 'baseVersion', problem: 'planChanged' }]
			});
			const race = await Promise.allSettled(
				['a', 'b', 'c'].map((id) => savePlan(store, ana, { ...lists, supports: [id] }, `race-${id}`, now))
			);
			expect(race.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
			const versions = (await store.history(ana)).map((v) => v.version);
			expect(new Set(versions).size).toBe(versions.length);
		});

		it('refuses bad lists with what to fix in each, and stores nothing', async () => {
			database = await testDatabase(dialect);
			const store = plansRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			const result = await failure(
				savePlan(store, ana, { ...lists, signs: ['ok', '   ', 'x'.repeat(501)], extra: 1 }, 'p1', now)
			);
			expect(result?.code).toBe('invalid');
			expect(result?.fields).toEqual(
				expect.arrayContaining([
					{ field: 'signs.1', problem: 'itemEmpty' },
					{ field: 'signs.2', problem: 'itemTooLong' },
					{ field: 'extra', problem: 'fieldUnknown' }
				])
			);
			expect(await failure(savePlan(store, ana, { ...lists, supports: 'no' }, 'p1', now))).toMatchObject({
				fields: [{ field: 'supports', problem: 'listInvalid' }]
			});
			expect(await store.history(ana)).toEqual([]);
		});

		it('of one member are never seen by another', async () => {
			database = await testDatabase(dialect);
			const store = plansRepository(database.db, keyring);
			const ana = await insertMember(database, 'ana');
			const luis = await insertMember(database, 'luis');
			await savePlan(store, ana, lists, 'p1', now);
			expect(await getPlan(store, luis)).toMatchObject({ version: 0 });
			expect(await failure(getPlanVersion(store, luis, 1))).toMatchObject({ code: 'not_found' });
			expect(await store.history(luis)).toEqual([]);
		});
	});
}
