import type { EventBus, EventParsers, EventsOf } from '#lib/core/events/bus.ts';
import { eventParsers, type EventMap } from '#lib/core/events/map.ts';
import type { Connection } from '../db/connect.ts';
import { inProcessEventBus } from './in-process.ts';
import { postgresEventBus } from './postgres.ts';

export { inProcessEventBus } from './in-process.ts';
export { postgresEventBus } from './postgres.ts';

interface BusOptions {
	databaseUrl?: string | undefined;
	onError?: (error: unknown) => void;
	onReconnect?: () => void;
}

/**
 * The bus that fits the database: LISTEN/NOTIFY on PostgreSQL (needs its URL), in-process on SQLite. It carries
 * the app's events (EventMap) unless given other events (tests).
 */
export function eventBusFor(connection: Connection, options?: BusOptions): EventBus<EventMap>;
export function eventBusFor<M extends EventsOf<M>>(
	connection: Connection,
	options: BusOptions & { events: EventParsers<M> }
): EventBus<M>;
export function eventBusFor<M extends EventsOf<M>>(
	connection: Connection,
	options: BusOptions & { events?: EventParsers<M> } = {}
): EventBus<M> {
	// Without events of its own (the first overload), M is the app's EventMap.
	const events = options.events ?? (eventParsers as unknown as EventParsers<M>);
	if (connection.dialect === 'sqlite') return inProcessEventBus({ events, onError: options.onError });
	if (!options.databaseUrl) throw new Error('the PostgreSQL event bus needs the database URL');
	return postgresEventBus({
		databaseUrl: options.databaseUrl,
		events,
		db: connection.db,
		...(options.onError ? { onError: options.onError } : {}),
		...(options.onReconnect ? { onReconnect: options.onReconnect } : {})
	});
}

/** The in-process bus with the app's events. */
export const appInProcessEventBus = (options: { onError?: (error: unknown) => void } = {}): EventBus<EventMap> =>
	inProcessEventBus({ events: eventParsers, ...options });
