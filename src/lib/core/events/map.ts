import { z } from 'zod';
import { MAX_EVENT_STRING, type EventParsers, type EventPayload } from './bus.ts';

// Every event the app sends on its bus, by name, with what it carries (ids only: see bus.ts). A publisher and
// a subscriber of the same name agree on the payload at compile time; what arrives from another instance is
// parsed with the schema below before any handler sees it.

export interface EventMap {
	/** A message was stored (and committed) in a thread: live streams of that thread read it back. */
	'message.created': { threadId: string; messageId: string };
}

const id = z.string().min(1).max(MAX_EVENT_STRING);

/** A parser from a schema: unknown extra fields (from a newer instance) are dropped, a misfit is null. */
const parserOf =
	<T>(schema: z.ZodType<T>) =>
	(payload: EventPayload): T | null => {
		const result = schema.safeParse(payload);
		return result.success ? result.data : null;
	};

export const eventParsers: EventParsers<EventMap> = {
	'message.created': parserOf(z.object({ threadId: id, messageId: id }))
};
