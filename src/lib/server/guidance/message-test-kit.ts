import { afterEach } from 'vitest';
import type { EventBus } from '#lib/core/events/bus.ts';
import type { EventMap } from '#lib/core/events/map.ts';
import type { MessageDeps, MessageNotices, ThreadAssignments } from '#lib/core/guidance/messages.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { newKey } from '../crypto/keyring.ts';
import type { Connection, Dialect } from '../db/connect.ts';
import { messagesRepository } from '../db/repositories/messages.ts';
import { appInProcessEventBus, eventBusFor } from '../events/index.ts';
import { anotherInstance, databaseUrlOf } from '../events/test-instances.ts';
import { newId } from '../ids.ts';

// For the message tests on both databases (messages.test.ts, message-stream.test.ts): people, a keyring, and app
// instances with their own connection and bus, as separate processes behind a load balancer would have.

const key = newKey();
export const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
export const now = new Date('2026-11-30T08:00:00Z');
export const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
export const crisisText = 'You would all be better off without me.';

/** In tests, "sofia" is the specialist assigned to "ana"; "victor" is a specialist assigned to no one. */
export function assignments(pairs: [specialist: string, member: string][]): ThreadAssignments & {
	pairs: typeof pairs;
} {
	return {
		pairs,
		async isAssigned(specialistId, memberId) {
			return this.pairs.some(([s, m]) => s === specialistId && m === memberId);
		},
		async clientsOf(specialistId) {
			return new Set(this.pairs.filter(([s]) => s === specialistId).map(([, m]) => m));
		}
	};
}

/** The error code a refused call gives, or 'ok'. */
export const failure = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) => (e instanceof DomainError ? e.code : `thrown: ${String(e)}`)
	);

/** Call inside a describe: a fresh database per test, and instances on it, cleaned up after each test. */
export function messageInstances(dialect: Dialect) {
	let database!: TestDatabase;
	/** On SQLite one process, so one shared bus. */
	let sharedBus: EventBus<EventMap>;
	const cleanup: (() => Promise<void>)[] = [];
	afterEach(async () => {
		for (const step of cleanup.splice(0).reverse()) await step();
		await database.dispose();
	});

	/** An app instance: its own connection and bus (on SQLite one process, so one shared bus). */
	async function instance(own: boolean, assigned: ThreadAssignments, notices?: MessageNotices) {
		const connection: Connection = own ? await anotherInstance(database) : database;
		if (own) cleanup.push(() => connection.close());
		let bus = sharedBus;
		if (dialect === 'postgres') {
			bus = eventBusFor(connection, { databaseUrl: await databaseUrlOf(database), onError: () => undefined });
			cleanup.push(() => bus.close());
		}
		const store = messagesRepository(connection.db, keyring);
		const sent: Parameters<MessageNotices['waiting']>[0][] = [];
		const deps: MessageDeps = {
			store,
			assignments: assigned,
			bus,
			notices: notices ?? { waiting: async (notice) => void sent.push(notice) },
			newId,
			onError: (error) => {
				throw error;
			}
		};
		return { connection, deps, sent };
	}

	async function setUp() {
		database = await testDatabase(dialect);
		sharedBus = appInProcessEventBus();
		cleanup.push(() => sharedBus.close());
		for (const id of ['ana', 'sofia', 'victor', 'eve']) await insertMember(database, id);
		return assignments([['sofia', 'ana']]);
	}

	return {
		get database() {
			return database;
		},
		cleanup,
		instance,
		setUp
	};
}
