import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/schema.ts';
import {
	channelOf,
	encodeEvent,
	receiveEvent,
	type EventBus,
	type EventName,
	type EventParsers,
	type EventsOf
} from '#lib/core/events/bus.ts';

// The event bus across app instances on one PostgreSQL database. Each instance holds ONE dedicated connection
// that LISTENs to the channels someone on this instance subscribed to; publishing is a NOTIFY through the
// ordinary pool (`select pg_notify($1, $2)`), so it needs no connection of its own.
//
// If the LISTEN connection drops (a restart, a failover, pg_terminate_backend), the bus reconnects with
// exponential backoff and listens again to every channel that still has a subscriber. Events sent while it
// was away are lost: onReconnect lets a caller re-read what it shows.
//
// Each event of the map is a channel of its own name (channelOf): checked against a strict pattern (letters,
// digits, `_ . : -`, at most 63 bytes) and then double-quoted, so a name can never end the identifier; pg_notify
// takes the same name as a bound parameter. Anyone who may connect can NOTIFY, and another instance may run
// other code: a payload is parsed by its event's schema when it arrives, and one that does not fit is dropped.

export interface PostgresEventBusOptions<M> {
	databaseUrl: string;
	/** The events and how each payload is read back (eventParsers for the app's EventMap). */
	events: EventParsers<M>;
	/** The pool NOTIFY goes through. */
	db: Kysely<Database>;
	/** Told of a dropped connection, a failed reconnect, or a listener that threw. Ids only in logs. */
	onError?: (error: unknown) => void;
	/** Called after the LISTEN connection came back and listens again. */
	onReconnect?: () => void;
	/** First wait before reconnecting, doubled each failed try up to maxBackoffMs. */
	initialBackoffMs?: number;
	maxBackoffMs?: number;
}

const quoted = (channel: string) => `"${channel}"`;

type Listener = (payload: unknown) => void;

export function postgresEventBus<M extends EventsOf<M>>(options: PostgresEventBusOptions<M>): EventBus<M> {
	const initialBackoffMs = options.initialBackoffMs ?? 250;
	const maxBackoffMs = options.maxBackoffMs ?? 30_000;
	/** By channel, which is the event's name. */
	const listeners = new Map<string, Set<Listener>>();
	/** Channels the current client is LISTENing to. */
	const listening = new Set<string>();
	let client: pg.Client | null = null;
	let connecting: Promise<pg.Client> | null = null;
	let reconnectTimer: NodeJS.Timeout | null = null;
	let closed = false;
	/** LISTEN/UNLISTEN run one reconciliation at a time, in order. */
	let chain: Promise<void> = Promise.resolve();

	const report = (error: unknown) => {
		try {
			options.onError?.(error);
		} catch {
			// A broken error reporter must not break delivery.
		}
	};

	function deliver(channel: string, json: string | undefined) {
		const set = listeners.get(channel);
		const payload = set ? receiveEvent(options.events, channel as EventName<M>, json) : null;
		if (payload === null || !set) return;
		for (const listener of [...set]) {
			try {
				listener(payload);
			} catch (error) {
				report(error);
			}
		}
	}

	function dropped(lost: pg.Client, error: unknown) {
		if (client !== lost) return;
		client = null;
		listening.clear();
		lost.removeAllListeners('notification');
		lost.end().catch(() => undefined);
		report(error);
		scheduleReconnect(0);
	}

	async function ready(): Promise<pg.Client> {
		if (closed) throw new Error('the event bus is closed');
		if (client) return client;
		connecting ??= (async () => {
			const next = new pg.Client({ connectionString: options.databaseUrl, keepAlive: true });
			next.on('notification', (message) => deliver(message.channel, message.payload));
			next.on('error', (error) => dropped(next, error));
			next.on('end', () => dropped(next, new Error('the event bus connection ended')));
			try {
				await next.connect();
			} catch (error) {
				next.removeAllListeners();
				next.on('error', () => undefined);
				await next.end().catch(() => undefined);
				throw error;
			}
			if (closed) {
				await next.end().catch(() => undefined);
				throw new Error('the event bus is closed');
			}
			client = next;
			return next;
		})().finally(() => {
			connecting = null;
		});
		return connecting;
	}

	/** Makes the connection listen to exactly the channels that have subscribers. */
	function reconcile(): Promise<void> {
		const run = chain.then(async () => {
			if (closed) return;
			if (listeners.size === 0 && listening.size === 0) return;
			const current = await ready();
			for (const channel of listeners.keys()) {
				if (listening.has(channel)) continue;
				await current.query(`LISTEN ${quoted(channel)}`);
				listening.add(channel);
			}
			for (const channel of [...listening]) {
				if (listeners.has(channel)) continue;
				await current.query(`UNLISTEN ${quoted(channel)}`);
				listening.delete(channel);
			}
		});
		chain = run.catch(() => undefined);
		return run;
	}

	function scheduleReconnect(attempt: number) {
		if (closed || reconnectTimer || listeners.size === 0) return;
		const ceiling = Math.min(maxBackoffMs, initialBackoffMs * 2 ** attempt);
		// Jitter, so instances cut off together do not all come back in the same instant.
		const delay = ceiling / 2 + Math.random() * (ceiling / 2);
		reconnectTimer = setTimeout(() => {
			reconnectTimer = null;
			reconcile().then(
				() => {
					if (!closed) options.onReconnect?.();
				},
				(error: unknown) => {
					report(error);
					scheduleReconnect(attempt + 1);
				}
			);
		}, delay);
		reconnectTimer.unref();
	}

	return {
		async publish(event, payload) {
			const channel = channelOf(event);
			const json = encodeEvent(payload);
			await sql`select pg_notify(${channel}, ${json})`.execute(options.db);
		},

		async subscribe<K extends EventName<M>>(event: K, handler: (payload: M[K]) => void) {
			const channel = channelOf(event);
			if (closed) throw new Error('the event bus is closed');
			let set = listeners.get(channel);
			if (!set) listeners.set(channel, (set = new Set()));
			// A listener is its own entry even when the same function subscribes twice.
			// What reaches this channel was parsed by the parser of its event, K.
			const entry: Listener = (payload) => handler(payload as M[K]);
			set.add(entry);
			const unsubscribe = async () => {
				const current = listeners.get(channel);
				if (!current?.delete(entry)) return;
				if (current.size === 0) listeners.delete(channel);
				await reconcile().catch(report);
			};
			try {
				await reconcile();
			} catch (error) {
				// Not listening: say so now rather than leave a subscriber that never hears anything.
				await unsubscribe();
				throw error;
			}
			return unsubscribe;
		},

		async close() {
			closed = true;
			listeners.clear();
			if (reconnectTimer) clearTimeout(reconnectTimer);
			reconnectTimer = null;
			await chain;
			const last = client ?? (await connecting?.catch(() => null)) ?? null;
			client = null;
			listening.clear();
			if (last) {
				last.removeAllListeners();
				last.on('error', () => undefined);
				await last.end().catch(() => undefined);
			}
		}
	};
}
