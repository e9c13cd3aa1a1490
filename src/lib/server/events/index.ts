import type { EventBus } from '#lib/core/events/bus.ts';
import type { Connection } from '../db/connect.ts';
import { inProcessEventBus } from './in-process.ts';
import { postgresEventBus } from './postgres.ts';

export { inProcessEventBus } from './in-process.ts';
export { postgresEventBus } from './postgres.ts';

/** The bus that fits the database: LISTEN/NOTIFY on PostgreSQL (needs its URL), in-process on SQLite. */
export function eventBusFor(
	connection: Connection,
	options: { databaseUrl?: string | undefined; onError?: (error: unknown) => void; onReconnect?: () => void } = {}
): EventBus {
	if (connection.dialect === 'sqlite') return inProcessEventBus({ onError: options.onError });
	if (!options.databaseUrl) throw new Error('the PostgreSQL event bus needs the database URL');
	return postgresEventBus({
		databaseUrl: options.databaseUrl,
		db: connection.db,
		...(options.onError ? { onError: options.onError } : {}),
		...(options.onReconnect ? { onReconnect: options.onReconnect } : {})
	});
}
