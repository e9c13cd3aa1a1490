import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventBus, EventParsers, EventPayload } from '#lib/core/events/bus.ts';
import type { EventMap } from '#lib/core/events/map.ts';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import type { Connection } from '../db/connect.ts';
import { eventBusFor, inProcessEventBus } from './index.ts';
import { anotherInstance, databaseUrlOf } from './test-instances.ts';

/** The events these tests send: any flat payload, read back as it came (the app's are parsed: map.ts). */
interface TestEvents {
	'conversation:abc_123': EventPayload;
	'conversation:x': EventPayload;
	'room.a': EventPayload;
	'room.b': EventPayload;
	ok: EventPayload;
	a: EventPayload;
	b: EventPayload;
	c: EventPayload;
}
const asSent = (payload: EventPayload) => payload;
const events: EventParsers<TestEvents> = {
	'conversation:abc_123': asSent,
	'conversation:x': asSent,
	'room.a': asSent,
	'room.b': asSent,
	ok: asSent,
	a: asSent,
	b: asSent,
	c: asSent
};
type TestBus = EventBus<TestEvents>;

/** Resolves with the next payload heard on the channel, or rejects after a while. */
function nextEvent(bus: TestBus, channel: keyof TestEvents, timeoutMs = 5000) {
	let resolve!: (payload: EventPayload) => void;
	let reject!: (error: Error) => void;
	const heard = new Promise<EventPayload>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	const timer = setTimeout(() => reject(new Error(`nothing heard on ${channel}`)), timeoutMs);
	const ready = bus.subscribe(channel, (payload) => {
		clearTimeout(timer);
		resolve(payload);
	});
	return { ready, heard };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const dialect of DIALECTS) {
	describe(`The event bus on ${dialect}`, () => {
		let database: TestDatabase;
		const cleanup: (() => Promise<void>)[] = [];
		afterEach(async () => {
			for (const step of cleanup.splice(0).reverse()) await step();
			await database.dispose();
		});

		/** An app instance: its own pool and its own bus, as a separate process would have. */
		async function instance(
			options: { own?: boolean; onReconnect?: () => void } = {}
		): Promise<{ connection: Connection; bus: TestBus }> {
			const connection = options.own === false ? database : await anotherInstance(database);
			if (connection !== database) cleanup.push(() => connection.close());
			const databaseUrl = dialect === 'postgres' ? await databaseUrlOf(database) : undefined;
			// On SQLite the one process shares one bus: that is the in-process adapter's whole point.
			const bus =
				dialect === 'sqlite'
					? shared
					: eventBusFor(connection, { databaseUrl, events, onError: () => undefined, ...options });
			if (dialect === 'postgres') cleanup.push(() => bus.close());
			return { connection, bus };
		}
		let shared: TestBus = inProcessEventBus({ events });

		it('delivers an event published on one instance to a subscriber on another', async () => {
			database = await testDatabase(dialect);
			shared = inProcessEventBus({ events });
			const one = await instance({ own: false });
			const two = await instance();
			const { ready, heard } = nextEvent(two.bus, 'conversation:abc_123');
			await ready;
			await one.bus.publish('conversation:abc_123', { messageId: 'm1', seq: 3 });
			expect(await heard).toEqual({ messageId: 'm1', seq: 3 });
		});

		it('stops delivering after unsubscribe, and keeps other channels and listeners apart', async () => {
			database = await testDatabase(dialect);
			shared = inProcessEventBus({ events });
			const one = await instance({ own: false });
			const two = await instance();
			const kept: EventPayload[] = [];
			const dropped: EventPayload[] = [];
			const other: EventPayload[] = [];
			await two.bus.subscribe('room.a', (p) => kept.push(p));
			const stop = await two.bus.subscribe('room.a', (p) => dropped.push(p));
			await two.bus.subscribe('room.b', (p) => other.push(p));
			await one.bus.publish('room.a', { n: 1 });
			await pause(300);
			await stop();
			await one.bus.publish('room.a', { n: 2 });
			await pause(300);
			expect(kept).toEqual([{ n: 1 }, { n: 2 }]);
			expect(dropped).toEqual([{ n: 1 }]);
			expect(other).toEqual([]);
		});

		it('refuses unsafe channel names and payloads that could carry what someone wrote', async () => {
			database = await testDatabase(dialect);
			shared = inProcessEventBus({ events });
			const { bus } = await instance({ own: false });
			for (const channel of ['', 'a"; drop table jobs; --', 'x'.repeat(64), 'with space', 'ñ']) {
				// Names come from the event map; a bad one in a map is still refused before it reaches SQL.
				await expect(bus.publish(channel as 'ok', {})).rejects.toThrow(/channel/);
				await expect(bus.subscribe(channel as 'ok', () => undefined)).rejects.toThrow(/channel/);
			}
			await expect(bus.publish('ok', { text: 'x'.repeat(129) })).rejects.toThrow(/payload/);
			await expect(bus.publish('ok', { nested: { a: 1 } } as never)).rejects.toThrow(/payload/);
		});

		it('a listener that throws does not stop the others', async () => {
			database = await testDatabase(dialect);
			shared = inProcessEventBus({ events });
			const { bus } = await instance({ own: false });
			await bus.subscribe('c', () => {
				throw new Error('boom');
			});
			const { ready, heard } = nextEvent(bus, 'c');
			await ready;
			await bus.publish('c', { id: 'x' });
			expect(await heard).toEqual({ id: 'x' });
		});

		if (dialect === 'postgres') {
			it('listens again after its connection is cut, and delivery resumes', async () => {
				database = await testDatabase(dialect);
				let reconnects = 0;
				const one = await instance({ own: false });
				const two = await instance({ onReconnect: () => reconnects++ });
				const heard: EventPayload[] = [];
				await two.bus.subscribe('conversation:x', (p) => heard.push(p));
				await one.bus.publish('conversation:x', { n: 1 });
				await expect.poll(() => heard.length).toBe(1);

				const { rows } = await sql<{ cut: boolean }>`
					select pg_terminate_backend(pid) as cut from pg_stat_activity
					where datname = current_database() and query like 'LISTEN%'`.execute(database.db);
				expect(rows).toEqual([{ cut: true }]);
				await expect.poll(() => reconnects, { timeout: 10_000 }).toBe(1);
				await one.bus.publish('conversation:x', { n: 2 });
				await expect.poll(() => heard).toEqual([{ n: 1 }, { n: 2 }]);
			});

			it('drops a NOTIFY whose payload does not fit its event, and delivers the next that does', async () => {
				database = await testDatabase(dialect);
				const bus = eventBusFor(database, { databaseUrl: await databaseUrlOf(database), onError: () => undefined });
				cleanup.push(() => bus.close());
				const heard: EventMap['message.created'][] = [];
				await bus.subscribe('message.created', (payload) => heard.push(payload));
				for (const forged of ['{"threadId":5,"messageId":"m"}', '{"messageId":"m"}', '[]', 'not json'])
					await sql`select pg_notify('message.created', ${forged})`.execute(database.db);
				await bus.publish('message.created', { threadId: 't1', messageId: 'm1' });
				await expect.poll(() => heard).toEqual([{ threadId: 't1', messageId: 'm1' }]);
				await pause(200);
				expect(heard).toHaveLength(1);
			});

			it('holds one LISTEN connection per instance, and lets go of it when closed', async () => {
				database = await testDatabase(dialect);
				const { bus } = await instance({ own: false });
				const listeners = async () => {
					const { rows } = await sql<{ n: string }>`
						select count(*) as n from pg_stat_activity
						where datname = current_database() and query like '%LISTEN%' and pid <> pg_backend_pid()`.execute(database.db);
					return Number(rows[0]!.n);
				};
				const stops = await Promise.all(
					(['a', 'b', 'c', 'a'] as const).map((channel) => bus.subscribe(channel, () => undefined))
				);
				expect(await listeners()).toBe(1);
				await stops[0]!();
				await bus.close();
				await expect.poll(listeners).toBe(0);
				await expect(bus.subscribe('a', () => undefined)).rejects.toThrow(/closed/);
			});
		}
	});
}
