import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import {
	adminAuditRepository,
	organisationRepository,
	specialistDirectoryRepository
} from '../../server/db/repositories/admin.ts';
import { auditLogRepository } from '../../server/db/repositories/audit-log.ts';
import { guidanceRequestsRepository } from '../../server/db/repositories/guidance-requests.ts';
import { specialistProfilesRepository } from '../../server/db/repositories/specialists.ts';
import { staffRepository } from '../../server/db/repositories/staff.ts';
import { newKey } from '../../server/crypto/keyring.ts';
import { auditLogForAdmin, auditPageSize, cursorOf, parseCursor, requestsForAdmin, saveOrganisation } from './admin.ts';

const now = new Date('2026-11-30T08:00:00Z');
const region = JSON.parse(readFileSync(new URL('../../../../config/crisis-resources.json', import.meta.url), 'utf8'));

const refusal = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(DomainError);
	return error as DomainError;
};

describe('the audit cursor', () => {
	it('round-trips and refuses anything else', () => {
		const entry = { at: '2026-11-30T08:00:00.000Z', id: 'abc_DEF-1' };
		expect(parseCursor(cursorOf(entry))).toEqual(entry);
		expect(parseCursor(null)).toBeNull();
		expect(parseCursor('')).toBeNull();
		for (const bad of ['x', '2026-11-30_abc', '2026-11-30T08:00:00.000Z_', '2026-11-30T08:00:00.000Z_a b', 'Z_x'])
			expect(() => parseCursor(bad), bad).toThrow(DomainError);
	});
});

for (const dialect of DIALECTS) {
	describe(`the organisation admin on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());
		const key = newKey();
		const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
		const setUp = async () => {
			database = await testDatabase(dialect);
			const staff = staffRepository(database.db);
			const admin = await insertMember(database, 'admin');
			await staff.grant(admin, 'admin', now);
			const member = await insertMember(database, 'member');
			const deps = {
				staff,
				requests: guidanceRequestsRepository(database.db, keyring),
				directory: specialistDirectoryRepository(database.db),
				organisation: organisationRepository(database.db),
				audit: adminAuditRepository(database.db)
			};
			return { admin, member, deps };
		};

		it('shows open requests crisis first with suggestions by language, focus and load, never the story', async () => {
			const { admin, member, deps } = await setUp();
			const profiles = specialistProfilesRepository(database.db);
			for (const [id, languages, focus] of [
				['ana', ['es'], ['child']],
				['ben', ['en', 'es'], ['partner']],
				['cy', ['en', 'es'], []]
			] as const) {
				await insertMember(database, id);
				await deps.staff.grant(id, 'specialist', now);
				await profiles.put({
					memberId: id,
					displayName: id.toUpperCase(),
					languages: [...languages],
					focus: [...focus],
					capacity: 2,
					timeZone: 'UTC',
					updatedAt: now.toISOString()
				});
			}
			await insertMember(database, 'newcomer');
			await deps.staff.grant('newcomer', 'specialist', now);
			const base = {
				memberId: member,
				story: 'A secret story',
				urgency: 'noRush' as const,
				times: 'Evenings',
				state: 'waiting' as const,
				specialistId: null,
				updatedAt: now.toISOString()
			};
			await deps.requests.insert({
				...base,
				id: 'old',
				relationship: 'child',
				language: 'es',
				crisis: false,
				crisisLevel: null,
				createdAt: '2026-11-01T00:00:00.000Z'
			});
			await deps.requests.insert({
				...base,
				id: 'urgent',
				relationship: 'partner',
				language: 'en',
				crisis: true,
				crisisLevel: 'urgent',
				createdAt: '2026-11-20T00:00:00.000Z'
			});
			// Ben holds one client of two already.
			await deps.requests.insert({
				...base,
				id: 'held',
				relationship: 'parent',
				language: 'en',
				crisis: false,
				crisisLevel: null,
				createdAt: '2026-10-01T00:00:00.000Z'
			});
			await deps.requests.assign('held', 'ben', now);

			const views = await requestsForAdmin(deps, admin);
			expect(views.map((v) => v.id)).toEqual(['urgent', 'held', 'old']);
			expect(JSON.stringify(views)).not.toContain('secret');
			expect(views[0]!.crisis).toBe(true);
			expect(views[0]!.times).toBe('Evenings');
			expect(views[0]!.suggestions.map((s) => [s.displayName, s.reason])).toEqual([
				['BEN', 'language-and-focus'],
				['CY', 'language']
			]);
			expect(views[1]!.specialist).toEqual({ id: 'ben', displayName: 'BEN' });
			expect(views[2]!.suggestions.map((s) => s.specialistId)).toEqual(['ana', 'cy', 'ben']);

			const listed = await deps.directory.list();
			expect(listed.map((entry) => [entry.memberId, entry.openClients])).toEqual([
				['ana', 0],
				['ben', 1],
				['cy', 0],
				['newcomer', 0]
			]);
			expect(listed[3]!.profile).toBeNull();

			expect((await refusal(requestsForAdmin(deps, member))).code).toBe('not_found');
			expect((await refusal(requestsForAdmin(deps, 'ben'))).code).toBe('not_found');
		});

		it('stores the name and crisis resources, names each problem, and clears back to the installation’s', async () => {
			const { admin, member, deps } = await setUp();
			expect(await deps.organisation.get()).toEqual({ name: null, crisisResources: null, updatedAt: null });
			await saveOrganisation(deps, admin, { name: ' Family Services ', crisisResources: region }, now);
			expect(await deps.organisation.get()).toEqual({
				name: 'Family Services',
				crisisResources: region,
				updatedAt: now.toISOString()
			});

			const broken = structuredClone(region);
			broken.resources[0].contacts[0].number = 'call us';
			broken.resources = broken.resources.filter((r: { id: string }) => r.id !== 'elder-abuse');
			const refused = await refusal(saveOrganisation(deps, admin, { name: 'X', crisisResources: broken }, now));
			expect(refused.fields[0]).toEqual({ field: 'crisisResources', problem: 'crisisResourcesInvalid' });
			expect(refused.fields.map((f) => f.field)).toContain('crisisResources.resources.0.contacts.0.number');
			expect(refused.fields).toContainEqual({
				field: 'crisisResources.resources',
				problem: 'crisisElderAbuseMissing'
			});
			const noName = await refusal(saveOrganisation(deps, admin, { name: ' ', crisisResources: null }, now));
			expect(noName.fields).toEqual([{ field: 'name', problem: 'organisationNameInvalid' }]);
			expect((await deps.organisation.get()).name).toBe('Family Services');

			await saveOrganisation(deps, admin, { name: 'Family Services', crisisResources: null }, now);
			expect((await deps.organisation.get()).crisisResources).toBeNull();
			expect((await refusal(saveOrganisation(deps, member, { name: 'X', crisisResources: null }, now))).code).toBe(
				'not_found'
			);
		});

		it('lists the whole audit log newest first, a page at a time, with who and whose', async () => {
			const { admin, member, deps } = await setUp();
			await insertMember(database, 'spec');
			const log = auditLogRepository(database.db);
			const count = auditPageSize + 5;
			for (let i = 0; i < count; i++)
				await log.record({
					id: `e${String(i).padStart(3, '0')}`,
					memberId: member,
					actorId: i === 0 ? 'gone-staff' : 'spec',
					actorRole: 'specialist',
					what: i % 2 ? 'plan' : 'timeline',
					// Two entries at each instant: the cursor keeps ties apart.
					at: new Date(now.getTime() + Math.floor(i / 2) * 1000).toISOString()
				});
			const first = await auditLogForAdmin(deps, admin, null);
			expect(first.entries).toHaveLength(auditPageSize);
			expect(first.entries[0]).toEqual({
				id: `e${String(count - 1).padStart(3, '0')}`,
				staffEmail: 'spec@example.org',
				role: 'specialist',
				what: (count - 1) % 2 ? 'plan' : 'timeline',
				memberEmail: 'member@example.org',
				at: new Date(now.getTime() + Math.floor((count - 1) / 2) * 1000).toISOString()
			});
			const second = await auditLogForAdmin(deps, admin, first.nextBefore);
			expect(second.nextBefore).toBeNull();
			const ids = [...first.entries, ...second.entries].map((e) => e.id);
			expect(ids).toHaveLength(count);
			expect(new Set(ids).size).toBe(count);
			expect(ids).toEqual([...ids].sort().reverse());
			expect(second.entries.at(-1)!.staffEmail).toBeNull();
			expect((await refusal(auditLogForAdmin(deps, admin, 'nonsense'))).fields).toEqual([
				{ field: 'before', problem: 'auditCursorInvalid' }
			]);
			expect((await refusal(auditLogForAdmin(deps, member, null))).code).toBe('not_found');
		});
	});
}
