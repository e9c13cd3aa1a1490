import { messagesAfter, readMessage, threadFor, type Message, type MessageDeps } from '#lib/core/guidance/messages.ts';
import { forReader } from '#lib/core/guidance/reader-message.ts';
import type { Unsubscribe } from '#lib/core/events/bus.ts';

// A thread, live: Server-Sent Events for one reader.
//
// The answer is given only once the bus listens (so nothing posted after it can be missed). The bus says only
// which message is new, and in which thread (a stream heeds its own thread's only); each one is read back from
// the database for this reader (decrypted) and sent as an event whose `id:` is the message id. A browser that
// reconnects sends it back as Last-Event-ID, and what it missed meanwhile is replayed from the database before
// anything new. A comment every 25 s keeps proxies from closing a quiet stream. Everything stops when the
// client goes away (the request's signal aborts).
//
// Within one stream each message is sent at most once; after a reconnect a late notification may bring again a
// message the browser already has, so the page keeps messages by id. After the
// PostgreSQL bus itself reconnects, events said meanwhile are lost; the browser's own reconnects (Last-Event-ID)
// and a reload still show everything.
//
// The reader's access is checked before answering and again before each event: a specialist who is no longer
// assigned stops receiving at once (the stream ends). So is the reader's session, before every event and every
// heartbeat: signed out elsewhere, idle or past its absolute end, the stream closes before anything more is sent,
// and a browser that reconnects is refused (401), which ends its EventSource for good.

export interface MessageStreamOptions {
	heartbeatMs?: number;
	/** Told when reading a message for the stream fails; the stream ends and the browser reconnects. */
	onError?: (error: unknown) => void;
	/** Whether the reader's session is still live, asked before each event and heartbeat; false ends the stream. */
	sessionLive?: () => Promise<boolean>;
}

const encoder = new TextEncoder();

/** One SSE event for the message; JSON keeps line breaks of the body escaped, on one data line. */
export function messageEvent(message: Message, readerId: string): string {
	return `id: ${message.id}\nevent: message\ndata: ${JSON.stringify(forReader(message, readerId))}\n\n`;
}

/**
 * The live stream of a thread for a reader who may read it (otherwise throws not_found, before any answer).
 * `request` gives the Last-Event-ID header and the abort signal.
 */
export async function messageStream(
	deps: Pick<MessageDeps, 'store' | 'assignments' | 'bus'>,
	readerId: string,
	threadId: string,
	request: Request,
	options: MessageStreamOptions = {}
): Promise<Response> {
	await threadFor(deps, readerId, threadId);
	const heartbeatMs = options.heartbeatMs ?? 25_000;
	const lastEventId = request.headers.get('last-event-id')?.trim() || undefined;

	let controller!: ReadableStreamDefaultController<Uint8Array>;
	let closed = false;
	let heartbeat: NodeJS.Timeout | undefined;
	const sent = new Set<string>();
	// Events are handled one after another, in the order they arrive, so the stream never reorders.
	let chain: Promise<void> = Promise.resolve();

	const write = (text: string) => {
		if (closed) return;
		try {
			controller.enqueue(encoder.encode(text));
		} catch {
			void stop();
		}
	};

	async function stop() {
		if (closed) return;
		closed = true;
		clearInterval(heartbeat);
		request.signal.removeEventListener('abort', onAbort);
		try {
			controller.close();
		} catch {
			// Already closed or cancelled by the client.
		}
		await unsubscribe();
	}
	const onAbort = () => void stop();

	function send(messages: Message[]) {
		for (const message of messages) {
			if (closed || sent.has(message.id)) continue;
			sent.add(message.id);
			write(messageEvent(message, readerId));
		}
	}

	function enqueueWork(work: () => Promise<void>) {
		chain = chain.then(async () => {
			if (closed) return;
			try {
				if (options.sessionLive && !(await options.sessionLive())) return await stop();
				await work();
			} catch (error) {
				options.onError?.(error);
				await stop();
			}
		});
	}

	// Listen first, so a message posted during the replay is not missed (sent ids keep it from coming twice).
	// (Nothing can call stop() before this resolves: no event is written until then.)
	const unsubscribe: Unsubscribe = await deps.bus.subscribe('message.created', ({ threadId: posted, messageId }) => {
		if (posted !== threadId) return;
		enqueueWork(async () => {
			// Throws not_found once the reader may no longer read the thread: the stream ends.
			const message = await readMessage(deps, readerId, threadId, messageId);
			if (message) send([message]);
		});
	});

	const body = new ReadableStream<Uint8Array>({
		start(c) {
			controller = c;
		},
		cancel() {
			return stop();
		}
	});

	if (request.signal.aborted) {
		await stop();
	} else {
		request.signal.addEventListener('abort', onAbort);
		write(`retry: 5000\n: open\n\n`);
		if (lastEventId) enqueueWork(async () => send(await messagesAfter(deps, readerId, threadId, lastEventId)));
		// In the chain, after the session check, so a heartbeat never goes out on an ended session.
		heartbeat = setInterval(() => enqueueWork(async () => write(`: heartbeat\n\n`)), heartbeatMs);
		heartbeat.unref?.();
	}

	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			'x-accel-buffering': 'no'
		}
	});
}
