import { EventEmitter } from 'node:events';
import { assertChannel, decodeEvent, encodeEvent, type EventBus, type EventListener } from '#lib/core/events/bus.ts';

// The event bus within one process, for SQLite (one process owns the file, so everyone who could listen is
// here). It behaves like the PostgreSQL one: listeners get a copy, later, never inside publish().

export function inProcessEventBus(options: { onError?: (error: unknown) => void } = {}): EventBus {
	const emitter = new EventEmitter();
	emitter.setMaxListeners(0);
	let closed = false;

	return {
		async publish(channel, payload) {
			assertChannel(channel);
			const json = encodeEvent(payload);
			if (closed) return;
			setImmediate(() => emitter.emit(channel, json));
		},
		async subscribe(channel, listener: EventListener) {
			assertChannel(channel);
			const wrapped = (json: string) => {
				const payload = decodeEvent(json);
				if (payload === null) return;
				try {
					listener(payload);
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
