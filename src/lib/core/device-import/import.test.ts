import { afterEach, describe, expect, it } from 'vitest';
import { savePlan } from '../plan/plan.ts';
import { DomainError } from '../shared/errors.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { newKey } from '../../server/crypto/keyring.ts';
import { contactsRepository } from '../../server/db/repositories/contacts.ts';
import { plansRepository } from '../../server/db/repositories/plans.ts';
import { reachOutsRepository } from '../../server/db/repositories/reach-outs.ts';
import { importDeviceData, mergeLists, type InTransaction } from './import.ts';

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const empty = { conditions: [], boundaries: [], expectations: [], supports: [], signs: [] };

const device = {
	reachOuts: [
		{
			sourceId: 'd1',
			occurredAt: '2026-11-20T22:00:00Z',
			channel: 'other',
			said: 'Dijo que “esta vez sí” 🙏',
			decision: 'notYet'
		},
		{
			sourceId: 'd2',
			occurredAt: '2026-11-25T09:30:00+01:00',
			channel: 'other',
			said: '',
			note: 'Reply drafted:\nNot yet.'
		}
	],
	contacts: [{ sourceId: 'c1', name: 'Marta', phone: '+1 555 010 0199' }],
	plan: { ...empty, boundaries: ['No money'], signs: ['Goes to meetings'] }
};

let counter = 0;
const newId = () => `id-${++counter}`;

for (const dialect of DIALECTS) {
	describe(`Save to my account on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		const setup = async () => {
			database = await testDatabase(dialect);
			const stores = {
				reachOuts: reachOutsRepository(database.db, keyring),
				contacts: contactsRepository(database.db, keyring),
				plans: plansRepository(database.db, keyring)
			};
			const inTransaction: InTransaction = (work) =>
				database.db.transaction().execute((trx) =>
					work({
						reachOuts: reachOutsRepository(trx, keyring),
						contacts: contactsRepository(trx, keyring),
						plans: plansRepository(trx, keyring)
					})
				);
			return { stores, inTransaction, ana: await insertMember(database, 'ana') };
		};

		it('brings reach-outs, contacts and plan lists in, and doing it twice adds nothing', async () => {
			const { stores, inTransaction, ana } = await setup();
			await savePlan(stores.plans, ana, { ...empty, boundaries: ['No money', 'No rides'] }, 'p0', now);

			const first = await importDeviceData(inTransaction, ana, device, newId, now);
			expect(first).toEqual({
				reachOuts: { added: 2, alreadyThere: 0 },
				contacts: { added: 1, alreadyThere: 0 },
				plan: { itemsAdded: 1, version: 2 }
			});
			const second = await importDeviceData(inTransaction, ana, device, newId, now);
			expect(second).toEqual({
				reachOuts: { added: 0, alreadyThere: 2 },
				contacts: { added: 0, alreadyThere: 1 },
				plan: { itemsAdded: 0, version: 2 }
			});

			const timeline = await stores.reachOuts.list(ana);
			expect(timeline.map((r) => r.said)).toEqual(['', 'Dijo que “esta vez sí” 🙏']);
			expect(timeline[0]!.occurredAt).toBe('2026-11-25T08:30:00.000Z');
			expect((await stores.contacts.list(ana)).map((c) => c.name)).toEqual(['Marta']);
			expect((await stores.plans.latest(ana))?.lists).toMatchObject({
				boundaries: ['No money', 'No rides'],
				signs: ['Goes to meetings']
			});
		});

		it('stores nothing at all when one item is refused', async () => {
			const { stores, inTransaction, ana } = await setup();
			const bad = { ...device, contacts: [...device.contacts, { sourceId: 'c2', name: 'Leo', phone: 'call me' }] };
			const error = await importDeviceData(inTransaction, ana, bad, newId, now).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(DomainError);
			expect((error as DomainError).fields).toEqual([{ field: 'contacts.1.phone', problem: 'contactPhone' }]);
			expect(await stores.reachOuts.list(ana)).toEqual([]);
			expect(await stores.contacts.list(ana)).toEqual([]);
			expect(await stores.plans.history(ana)).toEqual([]);
		});

		it('rolls back what was written when the transaction fails part-way', async () => {
			const { stores, ana } = await setup();
			const failing: InTransaction = (work) =>
				database.db.transaction().execute(async (trx) => {
					await work({
						reachOuts: reachOutsRepository(trx, keyring),
						contacts: contactsRepository(trx, keyring),
						plans: plansRepository(trx, keyring)
					});
					throw new Error('the connection dropped');
				});
			await expect(importDeviceData(failing, ana, device, newId, now)).rejects.toThrow('dropped');
			expect(await stores.reachOuts.list(ana)).toEqual([]);
			expect(await stores.contacts.list(ana)).toEqual([]);
		});

		it('keeps one member’s device items apart from another’s, even with the same device ids', async () => {
			const { stores, inTransaction, ana } = await setup();
			const luis = await insertMember(database, 'luis');
			await importDeviceData(inTransaction, ana, device, newId, now);
			const forLuis = await importDeviceData(inTransaction, luis, device, newId, now);
			expect(forLuis.reachOuts.added).toBe(2);
			expect(await stores.reachOuts.list(ana)).toHaveLength(2);
		});
	});
}

describe('mergeLists', () => {
	it('keeps the account’s items first, adds only new ones, and stops at 30', () => {
		const account = { ...empty, signs: ['a', 'b'], supports: Array.from({ length: 29 }, (_, i) => `s${i}`) };
		const fromDevice = { ...empty, signs: ['b ', 'c', 'c'], supports: ['x', 'y'] };
		const merged = mergeLists(account, fromDevice);
		expect(merged.signs).toEqual(['a', 'b', 'c']);
		expect(merged.supports).toHaveLength(30);
		expect(merged.supports.at(-1)).toBe('x');
	});
});
