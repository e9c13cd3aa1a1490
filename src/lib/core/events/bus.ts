// The event bus: how one part of Porchlight tells another, possibly on another app instance, that something
// happened ("a message was posted in conversation X"), so a live stream can go and read it. On SQLite it is
// in-process; on PostgreSQL the instances fan out through LISTEN/NOTIFY, so several instances behind a load
// balancer just work and each stays stateless.
//
// Rules every publisher and subscriber follows:
// - Publish AFTER the transaction that made the change has committed. A listener reacts by reading the
//   database; told too early, it reads the old state (or, after a rollback, something that never happened).
// - Payloads are small and carry ids only, never what a person wrote: a NOTIFY payload is visible to anyone who
//   can LISTEN on the database, and PostgreSQL limits it to 8000 bytes. The shape enforces this: a flat object
//   of short strings, numbers, booleans and nulls.
// - Delivery is at most once and best effort: an instance whose LISTEN connection drops misses what was said
//   while it reconnected. Treat an event as a hint to re-read, and re-read after a reconnect when it matters.
// - Listeners run asynchronously, never inside publish(); a listener that throws does not affect others.
// - Events are named, with their payloads, in one map (map.ts): the name is the channel (channelOf), and a
//   payload that arrives is parsed by its event's schema before any handler sees it.

/** A value an event may carry: an id, a count, a flag. */
export type EventValue = string | number | boolean | null;

/** What an event says: ids and small facts, never free text. */
export type EventPayload = Readonly<Record<string, EventValue>>;

/** A map of events, name to payload (the app's is EventMap in map.ts; tests declare their own). */
export type EventsOf<M> = { [K in keyof M]: EventPayload };

/** Event names are keys of the map; the bus makes each one a channel (channelOf). */
export type EventName<M> = keyof M & string;

export type EventHandler<P> = (payload: P) => void;

/**
 * How each event's payload is read back when it arrives: the payload, or null to drop it. Over NOTIFY it comes
 * from another instance (or anyone who may NOTIFY on the database), so it is checked like any input.
 */
export type EventParsers<M> = { readonly [K in keyof M]: (payload: EventPayload) => M[K] | null };

/** Stops one listener; resolves once the bus has stopped listening for it (where that takes a round trip). */
export type Unsubscribe = () => Promise<void>;

export interface EventBus<M extends EventsOf<M>> {
	/** Tells every subscriber of the event, on every instance. Call it after your transaction commits. */
	publish<K extends EventName<M>>(event: K, payload: M[K]): Promise<void>;
	/** Resolves once the handler is in place: an event published after that reaches it. */
	subscribe<K extends EventName<M>>(event: K, handler: EventHandler<M[K]>): Promise<Unsubscribe>;
	/** Stops listening and lets go of any connection the bus holds. */
	close(): Promise<void>;
}

/** Channel names: letters, digits and `_ . : -`, at most 63 bytes (PostgreSQL would silently cut a longer one). */
const CHANNEL = /^[A-Za-z0-9_.:-]{1,63}$/;

/** The longest string an event may carry: enough for any id, too short for a message. */
export const MAX_EVENT_STRING = 128;
const MAX_EVENT_KEYS = 16;

/** The channel an event travels on, on either bus: its name, once checked (the one place names become channels). */
export function channelOf(event: string): string {
	if (!CHANNEL.test(event)) throw new Error(`not a valid event channel name: ${JSON.stringify(event.slice(0, 80))}`);
	return event;
}

/** The payload read back from its JSON and checked by its event's parser; null when it does not fit. */
export function receiveEvent<M, K extends EventName<M>>(
	parsers: EventParsers<M>,
	event: K,
	json: string | undefined
): M[K] | null {
	if (!Object.hasOwn(parsers, event)) return null;
	const payload = decodeEvent(json);
	return payload === null ? null : parsers[event](payload);
}

/** Checks a payload's shape and returns it as JSON; throws (a programming error) when it breaks the rules above. */
export function encodeEvent(payload: EventPayload): string {
	if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
		throw new Error('an event payload is a flat object');
	}
	const entries = Object.entries(payload);
	if (entries.length > MAX_EVENT_KEYS) throw new Error(`an event payload has at most ${MAX_EVENT_KEYS} keys`);
	for (const [key, value] of entries) {
		if (key.length > 64) throw new Error('an event payload key is at most 64 characters');
		const ok =
			value === null ||
			typeof value === 'boolean' ||
			(typeof value === 'number' && Number.isFinite(value)) ||
			(typeof value === 'string' && value.length <= MAX_EVENT_STRING);
		if (!ok) throw new Error(`event payload field ${JSON.stringify(key)} must be an id, a number, a flag or null`);
	}
	return JSON.stringify(payload);
}

/** The payload back from its JSON; null when it is not an object (someone else's NOTIFY on the channel). */
export function decodeEvent(json: string | undefined): EventPayload | null {
	if (json === undefined) return null;
	try {
		const value: unknown = JSON.parse(json);
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as EventPayload) : null;
	} catch {
		return null;
	}
}
