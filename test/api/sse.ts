// Reads Server-Sent Events from a response body, frame by frame (for the live-message tests and the bench).

export interface SseEvent {
	id?: string;
	event?: string;
	data: string;
}

export interface SseReader {
	/** The next event (comments such as heartbeats skipped); rejects after `timeoutMs`. */
	next(timeoutMs?: number): Promise<SseEvent>;
	close(): Promise<void>;
}

export function sseReader(stream: ReadableStream<Uint8Array>): SseReader {
	const reader = stream.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	const queued: SseEvent[] = [];

	function parse(frame: string): SseEvent | undefined {
		const event: SseEvent = { data: '' };
		let hasData = false;
		for (const line of frame.split('\n')) {
			if (line === '' || line.startsWith(':')) continue;
			const at = line.indexOf(':');
			const field = at === -1 ? line : line.slice(0, at);
			const value = at === -1 ? '' : line.slice(at + 1).replace(/^ /, '');
			if (field === 'data') {
				event.data += (hasData ? '\n' : '') + value;
				hasData = true;
			} else if (field === 'id') event.id = value;
			else if (field === 'event') event.event = value;
		}
		return hasData ? event : undefined;
	}

	async function fill(): Promise<void> {
		const { value, done } = await reader.read();
		if (done) throw new Error('the stream ended');
		buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
		let end: number;
		while ((end = buffer.indexOf('\n\n')) !== -1) {
			const event = parse(buffer.slice(0, end));
			buffer = buffer.slice(end + 2);
			if (event) queued.push(event);
		}
	}

	return {
		async next(timeoutMs = 10_000) {
			let timer: NodeJS.Timeout | undefined;
			const timeout = new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
			});
			try {
				while (queued.length === 0) await Promise.race([fill(), timeout]);
				return queued.shift()!;
			} finally {
				clearTimeout(timer);
			}
		},
		async close() {
			await reader.cancel().catch(() => undefined);
		}
	};
}
