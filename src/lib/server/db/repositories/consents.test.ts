import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { auditFor } from '#lib/core/guidance/audit.ts';
import {
	consentsOf,
	openSharedPlan,
	openSharedTimeline,
	revoke,
	share,
	type Assignments
} from '#lib/core/guidance/consent.ts';
import { addNote, editNote, listNotes } from '#lib/core/guidance/notes.ts';
import { savePlan } from '#lib/core/plan/plan.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { addReachOut } from '#lib/core/timeline/reach-outs.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { reencryptAll } from '../../crypto/rotate.ts';
import { guidanceDeps } from './consents.ts';
import { plansRepository } from './plans.ts';
import { reachOutsRepository } from './reach-outs.ts';

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const lists = {
	conditions: [],
	boundaries: ['No money — “ni un peso”'],
	expectations: [],
	supports: [],
	signs: ['Goes to meetings']
};

/** Assignments held in memory: the real ones (requests and assignments) plug in through the same port. */
function memoryAssignments(
	pairs: [specialist: string, member: string][]
): Assignments & { drop(s: string, m: string): void } {
	const held = new Set(pairs.map(([s, m]) => `${s}|${m}`));
	return {
		isAssigned: async (specialistId, memberId) => held.has(`${specialistId}|${memberId}`),
		drop: (s, m) => void held.delete(`${s}|${m}`)
	};
}

const failure = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) =>
			e instanceof DomainError
				? `${e.code}:${e.fields.map((f) => `${f.field}=${f.problem}`).join(',')}`
				: `thrown:${String(e)}`
	);

for (const dialect of DIALECTS) {
	describe(`sharing with a specialist on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		async function setUp() {
			database = await testDatabase(dialect);
			const ana = await insertMember(database, 'ana');
			const sol = await insertMember(database, 'sol'); // Ana's specialist
			const tom = await insertMember(database, 'tom'); // another specialist, not Ana's
			const assignments = memoryAssignments([[sol, ana]]);
			const deps = guidanceDeps(database.db, keyring, () => assignments);
			await savePlan(plansRepository(database.db, keyring), ana, lists, 'p1', now);
			await addReachOut(
				reachOutsRepository(database.db, keyring),
				ana,
				{ occurredAt: now.toISOString(), channel: 'call', said: 'Lo prometo' },
				'r1',
				now
			);
			return { ana, sol, tom, assignments, deps };
		}

		const auditCount = async (memberId: string) =>
			Number(
				(
					await sql<{ n: number }>`select count(*) as n from audit_log where member_id = ${memberId}`.execute(
						database.db
					)
				).rows[0]!.n
			);

		it('opens nothing to a specialist who is not assigned, even with a consent row', async () => {
			const { ana, tom, deps } = await setUp();
			// A consent row that should never have been made (written directly, past the core's check).
			await deps.consents.grant(ana, tom, 'plan', 'c-stray', now);
			expect(await failure(openSharedPlan(deps, tom, ana, now))).toBe('not_found:');
			expect(await failure(openSharedTimeline(deps, tom, ana, now))).toBe('not_found:');
			expect(await auditCount(ana)).toBe(0);
			// And the member cannot share with them either.
			expect(await failure(share(deps, ana, { specialistId: tom, item: 'timeline' }, now))).toBe('not_found:');
		});

		it('opens nothing to the assigned specialist without a consent, exactly like missing data', async () => {
			const { ana, sol, deps } = await setUp();
			expect(await failure(openSharedPlan(deps, sol, ana, now))).toBe('not_found:');
			expect(await failure(openSharedTimeline(deps, sol, ana, now))).toBe('not_found:');
			// A member with no data at all answers the same.
			const nobody = await insertMember(database, 'nobody');
			expect(await failure(openSharedPlan(deps, sol, nobody, now))).toBe('not_found:');
			// An id no member could have (PostgreSQL refuses a NUL in text) is not found too, not an error, even
			// where an assignment store would say yes to anything.
			const lax = guidanceDeps(database.db, keyring, () => ({ isAssigned: async () => true }));
			for (const odd of ['a\u0000b', '', 'x'.repeat(65)]) {
				expect(await failure(openSharedPlan(lax, sol, odd, now))).toBe('not_found:');
				expect(await failure(listNotes(lax, sol, odd, now))).toBe('not_found:');
			}
			expect(await auditCount(ana)).toBe(0);
		});

		it('opens each shared item, item by item, with one audit entry per open', async () => {
			const { ana, sol, deps } = await setUp();
			await share(deps, ana, { specialistId: sol, item: 'plan' }, now);
			expect((await openSharedPlan(deps, sol, ana, later(1))).lists).toEqual(lists);
			expect(await auditCount(ana)).toBe(1);
			// Only the plan is shared, not the timeline.
			expect(await failure(openSharedTimeline(deps, sol, ana, later(2)))).toBe('not_found:');
			expect(await auditCount(ana)).toBe(1);

			await share(deps, ana, { specialistId: sol, item: 'timeline' }, later(3));
			expect((await openSharedTimeline(deps, sol, ana, later(4))).map((r) => r.said)).toEqual(['Lo prometo']);
			expect(await auditFor(deps, ana)).toEqual([
				{ who: { role: 'specialist', id: sol }, what: 'timeline', at: later(4).toISOString() },
				{ who: { role: 'specialist', id: sol }, what: 'plan', at: later(1).toISOString() }
			]);
		});

		it('stops on the very next request after a revoke, and writes no audit entry', async () => {
			const { ana, sol, deps } = await setUp();
			await share(deps, ana, { specialistId: sol, item: 'plan' }, now);
			await openSharedPlan(deps, sol, ana, later(1));
			await revoke(deps, ana, { specialistId: sol, item: 'plan' }, later(2));
			expect(await failure(openSharedPlan(deps, sol, ana, later(2)))).toBe('not_found:');
			expect(await auditCount(ana)).toBe(1);
			expect(await consentsOf(deps, ana)).toEqual([]);
			// Revoking again changes nothing; sharing again opens it again.
			await revoke(deps, ana, { specialistId: sol, item: 'plan' }, later(3));
			await share(deps, ana, { specialistId: sol, item: 'plan' }, later(4));
			expect((await openSharedPlan(deps, sol, ana, later(5))).version).toBe(1);
		});

		it('stops when the assignment ends, even with a live consent', async () => {
			const { ana, sol, assignments, deps } = await setUp();
			await share(deps, ana, { specialistId: sol, item: 'timeline' }, now);
			assignments.drop(sol, ana);
			expect(await failure(openSharedTimeline(deps, sol, ana, later(1)))).toBe('not_found:');
			expect(await auditCount(ana)).toBe(0);
		});

		it('keeps one live consent when the same item is shared twice, or at once', async () => {
			const { ana, sol, deps } = await setUp();
			await share(deps, ana, { specialistId: sol, item: 'plan' }, now);
			await share(deps, ana, { specialistId: sol, item: 'plan' }, later(1));
			await Promise.all([1, 2, 3].map((n) => share(deps, ana, { specialistId: sol, item: 'plan' }, later(n))));
			expect(await consentsOf(deps, ana)).toEqual([{ specialistId: sol, item: 'plan', grantedAt: now.toISOString() }]);
			// The database itself refuses a second live row.
			const second = database.db
				.insertInto('consents')
				.values({
					id: 'c-x',
					member_id: ana,
					specialist_id: sol,
					item: 'plan',
					granted_at: now.toISOString(),
					revoked_at: null
				})
				.execute();
			expect(await failure(second)).toMatch(/^thrown:/);
		});

		it('refuses bad share input with what to fix', async () => {
			const { ana, deps } = await setUp();
			expect(await failure(share(deps, ana, { specialistId: '', item: 'notes' }, now))).toBe(
				'invalid:specialistId=shareWithInvalid,item=shareItemInvalid'
			);
			expect(await failure(revoke(deps, ana, { item: 'plan', extra: 1 }, now))).toBe(
				'invalid:specialistId=shareWithInvalid,extra=fieldUnknown'
			);
			expect(await failure(share(deps, ana, { specialistId: ana, item: 'plan' }, now))).toBe('not_found:');
		});

		it('keeps notes encrypted, for their author only, and audits every listing', async () => {
			const { ana, sol, tom, assignments, deps } = await setUp();
			const body = 'Ana is worried about the holidays; “dinero” came up twice.';
			const note = await addNote(deps, sol, ana, { body }, now);
			const raw = await database.db.selectFrom('specialist_notes').selectAll().execute();
			expect(raw).toHaveLength(1);
			expect(JSON.stringify(raw)).not.toContain('holidays');
			expect(JSON.stringify(raw)).not.toContain('dinero');

			expect((await listNotes(deps, sol, ana, later(1))).map((n) => n.body)).toEqual([body]);
			expect(await auditFor(deps, ana)).toEqual([
				{ who: { role: 'specialist', id: sol }, what: 'notes', at: later(1).toISOString() }
			]);
			await editNote(deps, sol, ana, note.id, { body: 'Holidays: made a plan.' }, later(2));
			expect((await listNotes(deps, sol, ana, later(3)))[0]).toMatchObject({
				body: 'Holidays: made a plan.',
				updatedAt: later(2).toISOString()
			});

			// Another specialist: not assigned, so not found; once assigned too, still none of Sol's notes.
			expect(await failure(listNotes(deps, tom, ana, later(4)))).toBe('not_found:');
			expect(await failure(editNote(deps, tom, ana, note.id, { body: 'x' }, later(4)))).toBe('not_found:');
			expect(await failure(addNote(deps, tom, ana, { body: 'x' }, later(4)))).toBe('not_found:');
			const both = memoryAssignments([
				[sol, ana],
				[tom, ana]
			]);
			const bothDeps = guidanceDeps(database.db, keyring, () => both);
			expect(await listNotes(bothDeps, tom, ana, later(5))).toEqual([]);
			expect(await failure(editNote(bothDeps, tom, ana, note.id, { body: 'x' }, later(5)))).toBe('not_found:');
			// The member herself is never the author of notes about her.
			expect(await failure(listNotes(deps, ana, ana, later(5)))).toBe('not_found:');

			// Rotating the key re-encrypts the notes, and they still read the same.
			const next = newKey();
			const rotated = { current: next, byId: new Map([...keyring.byId, [next.id, next.key]]) };
			expect(await reencryptAll(database.db, rotated)).toBeGreaterThanOrEqual(1);
			const afterRotation = guidanceDeps(
				database.db,
				{ current: next, byId: new Map([[next.id, next.key]]) },
				() => both
			);
			expect((await listNotes(afterRotation, sol, ana, later(5))).map((n) => n.body)).toEqual([
				'Holidays: made a plan.'
			]);

			assignments.drop(sol, ana);
			expect(await failure(listNotes(deps, sol, ana, later(6)))).toBe('not_found:');
			expect(await failure(addNote(deps, sol, ana, { body: '   ' }, later(6)))).toBe('invalid:body=clientNoteEmpty');
			expect(await failure(addNote(deps, sol, ana, { body: 'x'.repeat(10_001) }, later(6)))).toBe(
				'invalid:body=clientNoteTooLong'
			);
		});

		it('removes the member’s consents, notes and audit entries when the member is deleted', async () => {
			const { ana, sol, deps } = await setUp();
			const luis = await insertMember(database, 'luis');
			const both = memoryAssignments([
				[sol, ana],
				[sol, luis]
			]);
			const d = guidanceDeps(database.db, keyring, () => both);
			for (const member of [ana, luis]) {
				await share(d, member, { specialistId: sol, item: 'plan' }, now);
				await addNote(d, sol, member, { body: `About ${member}` }, now);
				await listNotes(d, sol, member, later(1));
				await openSharedPlan(d, sol, member, later(2));
			}
			await database.db.deleteFrom('members').where('id', '=', ana).execute();
			for (const table of ['consents', 'audit_log', 'specialist_notes'] as const) {
				const rows = await database.db.selectFrom(table).select('member_id').execute();
				expect(
					rows.map((r) => r.member_id),
					table
				).not.toContain(ana);
				expect(rows.length, table).toBeGreaterThan(0);
			}
			// The staff member leaving keeps the audit entries of what they opened.
			await database.db.deleteFrom('members').where('id', '=', sol).execute();
			expect((await auditFor(deps, luis)).map((e) => e.what)).toEqual(['plan', 'notes']);
		});
	});
}
