import type { KyselyPlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { requestGuidance, assignmentsOf } from '#lib/core/guidance/requests.ts';
import { listThreads, unreadCounts, unreadSummary } from '#lib/core/guidance/messages.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { guidanceRequestsRepository } from './guidance-requests.ts';
import { messagesRepository, threadNames } from './messages.ts';
import { specialistProfilesRepository } from './specialists.ts';

// A person's threads and unread counts take the same few queries however many threads they have: the
// specialist's caseload and every page's "Messages (n)" must not grow a query per client.

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
const ask = { relationship: 'child', story: 'Mi hijo volvió a llamar.', urgency: 'thisWeek', language: 'es' };

/** The database, counting the queries that go through it. */
function counted(database: TestDatabase) {
	const counter = { queries: 0 };
	const plugin: KyselyPlugin = {
		transformQuery: (args) => (counter.queries++, args.node),
		transformResult: async (args) => args.result
	};
	return { db: database.db.withPlugin(plugin), counter };
}

for (const dialect of DIALECTS) {
	describe(`Thread lists and unread counts on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		/** Sofía, a specialist, and `clients` members assigned to her, each with a thread where client n wrote n. */
		async function caseload(clients: string[], from = 0) {
			const requests = guidanceRequestsRepository(database.db, keyring);
			const store = messagesRepository(database.db, keyring);
			for (const [i, client] of clients.entries()) {
				const n = from + i + 1;
				await insertMember(database, client);
				await requestGuidance(requests, client, ask, `q-${client}`, now);
				await requests.assign(`q-${client}`, 'sofia', now);
				const thread = `t-${client}`;
				await store.openThread({
					id: thread,
					memberId: client,
					specialistId: 'sofia',
					createdAt: at(n),
					archivedAt: null
				});
				for (let k = 0; k < n; k++) {
					const message = { id: `m-${client}-${k}`, threadId: thread, senderId: client, body: `hola ${k}` };
					await store.insert({ ...message, crisis: false, crisisLevel: null, createdAt: at(n + k) });
				}
			}
		}

		/** What Sofía's list and counts take, in queries, and what they say. */
		async function asSofia() {
			const { db, counter } = counted(database);
			const deps = {
				store: messagesRepository(db, keyring),
				assignments: assignmentsOf(guidanceRequestsRepository(db, keyring)),
				names: threadNames(db)
			};
			const queries: Record<string, number> = {};
			const measure = async <T>(name: string, work: () => Promise<T>) => {
				counter.queries = 0;
				const result = await work();
				queries[name] = counter.queries;
				return result;
			};
			const threads = await measure('list', () => listThreads(deps, 'sofia'));
			const counts = await measure('counts', () => unreadCounts(deps, 'sofia'));
			const summary = await measure('summary', () => unreadSummary(deps, 'sofia'));
			return { queries, threads, counts, summary };
		}

		it('lists a specialist’s threads and counts what is unread in as many queries for one client as for many', async () => {
			database = await testDatabase(dialect);
			await insertMember(database, 'sofia');
			await specialistProfilesRepository(database.db).put({
				memberId: 'sofia',
				displayName: 'Sofía R.',
				languages: ['es'],
				focus: ['child'],
				capacity: 10,
				timeZone: 'America/Chicago',
				updatedAt: now.toISOString()
			});
			await caseload(['c1']);
			const one = await asSofia();
			expect(one.threads).toEqual([
				{
					id: 't-c1',
					as: 'specialist',
					with: { id: 'c1', name: 'c1@example.org' },
					archived: false,
					unread: 1,
					createdAt: at(1)
				}
			]);

			await caseload(['c2', 'c3', 'c4'], 1);
			// A client she is no longer assigned to: the thread is not hers to list or count.
			await guidanceRequestsRepository(database.db, keyring).close('q-c4', now);
			const many = await asSofia();
			expect(many.queries).toEqual(one.queries);
			// The threads with their counts, her clients now, their e-mail addresses; counts skip the names.
			expect(one.queries).toEqual({ list: 3, counts: 2, summary: 2 });
			expect(many.threads.map((t) => [t.id, t.with?.name, t.unread])).toEqual([
				['t-c1', 'c1@example.org', 1],
				['t-c2', 'c2@example.org', 2],
				['t-c3', 'c3@example.org', 3]
			]);
			expect(many.counts).toEqual([
				{ threadId: 't-c1', unread: 1 },
				{ threadId: 't-c2', unread: 2 },
				{ threadId: 't-c3', unread: 3 }
			]);
			expect(many.summary).toEqual({
				total: 6,
				byThread: { 't-c1': 1, 't-c2': 2, 't-c3': 3 },
				byPerson: { c1: 1, c2: 2, c3: 3 }
			});

			// From a client's side: the specialist by her display name, nothing unread (Sofía wrote nothing).
			const { db } = counted(database);
			const client = {
				store: messagesRepository(db, keyring),
				assignments: assignmentsOf(guidanceRequestsRepository(db, keyring)),
				names: threadNames(db)
			};
			expect(await listThreads(client, 'c2')).toEqual([
				{
					id: 't-c2',
					as: 'member',
					with: { id: 'sofia', name: 'Sofía R.' },
					archived: false,
					unread: 0,
					createdAt: at(2)
				}
			]);
		});
	});
}
