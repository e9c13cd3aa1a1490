import { EventEmitter } from 'node:events';
import {
	channelOf,
	encodeEvent,
	receiveEvent,
	type EventBus,
	type EventName,
	type EventParsers,
	type EventsOf
} from '#lib/core/events/bus.ts';

// The event bus within one process, for SQLite (one process owns the file, so everyone who could listen is
// here). It behaves like the PostgreSQL one: listeners get a copy, read back as NOTIFY's would be, later, never
// inside publish().

export interface InProcessEventBusOptions<M> {
	/** The events and how each payload is read back (eventParsers for the app's EventMap). */
	events: EventParsers<M>;
	onError?: (error: unknown) => void;
}

export function inProcessEventBus<M extends EventsOf<M>>(options: InProcessEventBusOptions<M>): EventBus<M> {
	const emitter = new EventEmitter();
	emitter.setMaxListeners(0);
	let closed = false;

	return {
		async publish(event, payload) {
			const channel = channelOf(event);
			const json = encodeEvent(payload);
			if (closed) return;
			setImmediate(() => emitter.emit(channel, json));
		},
		async subscribe<K extends EventName<M>>(event: K, handler: (payload: M[K]) => void) {
			const channel = channelOf(event);
			const wrapped = (json: string) => {
				const payload = receiveEvent(options.events, event, json);
				if (payload === null) return;
				try {
					handler(payload);
				} catch (error) {
					options.onError?.(error);
				}
			};
			emitter.on(channel, wrapped);
			return async () => {
				emitter.off(channel, wrapped);
			};
		},
		async close() {
			closed = true;
			emitter.removeAllListeners();
		}
	};
}
