import { describe, expect, it } from 'vitest';
import type { EventBus } from '#lib/core/events/bus.ts';
import type { EventMap } from '#lib/core/events/map.ts';
import { openThread, postMessage } from '#lib/core/guidance/messages.ts';
import { DIALECTS } from '../../../../test/databases.ts';
import { messageStream } from './message-stream.ts';
import { at, crisisText, messageInstances, now } from '../../../../test/fixtures/messages.ts';

// A thread, live (message-stream.ts), on both databases: across instances, after a reconnect, and until the
// reader may no longer read it.

/** Reads SSE events from a Response body until `count` message events arrived, or fails after a while. */
async function readEvents(response: Response, count: number, timeoutMs = 5000) {
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	let text = '';
	const events: { id: string; data: Record<string, unknown> }[] = [];
	const deadline = Date.now() + timeoutMs;
	while (events.length < count) {
		const left = deadline - Date.now();
		if (left <= 0) throw new Error(`only ${events.length} of ${count} events arrived: ${text}`);
		const chunk = await Promise.race([
			reader.read(),
			new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), left))
		]);
		if (chunk === 'late') continue;
		if (chunk.done) throw new Error(`the stream ended after ${events.length} events`);
		text += decoder.decode(chunk.value, { stream: true });
		let end: number;
		while ((end = text.indexOf('\n\n')) >= 0) {
			const block = text.slice(0, end);
			text = text.slice(end + 2);
			const lines = block.split('\n');
			const id = lines.find((l) => l.startsWith('id: '))?.slice(4);
			const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
			if (id && data) events.push({ id, data: JSON.parse(data) as Record<string, unknown> });
		}
	}
	return { events, reader };
}

for (const dialect of DIALECTS) {
	describe(`Message threads on ${dialect}`, () => {
		const kit = messageInstances(dialect);

		it('streams a message posted on another instance, live, decrypted for the reader', async () => {
			const assigned = await kit.setUp();
			const a = await kit.instance(false, assigned);
			const b = await kit.instance(true, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const abort = new AbortController();
			const response = await messageStream(
				b.deps,
				'sofia',
				thread.id,
				new Request('http://x/', { signal: abort.signal })
			);
			expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
			expect(response.headers.get('cache-control')).toBe('no-store');
			expect(response.headers.get('x-accel-buffering')).toBe('no');

			const posted = await postMessage(a.deps, 'ana', thread.id, { body: 'Line one\nline two 🙏' }, now);
			const crisis = await postMessage(a.deps, 'ana', thread.id, { body: crisisText }, at(1));
			const { events, reader } = await readEvents(response, 2);
			expect(events.map((e) => e.id)).toEqual([posted.id, crisis.id]);
			expect(events[0]!.data).toMatchObject({
				body: 'Line one\nline two 🙏',
				mine: false,
				senderId: 'ana',
				crisis: false
			});
			expect(events[1]!.data).toMatchObject({ crisis: true });

			// The client goes away: the stream ends and the bus stops listening for it.
			abort.abort();
			expect((await reader.read()).done).toBe(true);
		});

		it('replays what was missed after Last-Event-ID, then goes on live', async () => {
			const assigned = await kit.setUp();
			const a = await kit.instance(false, assigned);
			const b = await kit.instance(true, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const first = await postMessage(a.deps, 'sofia', thread.id, { body: 'first' }, now);
			// Posted while Ana's phone was off the network.
			const missed1 = await postMessage(a.deps, 'sofia', thread.id, { body: 'missed one' }, at(1));
			const missed2 = await postMessage(a.deps, 'sofia', thread.id, { body: 'missed two' }, at(1));
			// Their notifications are long gone (the in-process bus delivers on a later turn): only the replay has them.
			await new Promise((resolve) => setTimeout(resolve, 200));
			const abort = new AbortController();
			kit.cleanup.push(async () => abort.abort());
			const response = await messageStream(
				b.deps,
				'ana',
				thread.id,
				new Request('http://x/', { signal: abort.signal, headers: { 'last-event-id': first.id } })
			);
			const live = await postMessage(a.deps, 'ana', thread.id, { body: 'back again' }, at(2));
			const { events } = await readEvents(response, 3);
			const missed = [missed1, missed2].sort((x, y) => (x.id < y.id ? -1 : 1));
			expect(events.map((e) => e.id)).toEqual([...missed.map((m) => m.id), live.id]);
			expect(events.map((e) => e.data.mine)).toEqual([false, false, true]);
		});

		it('sends heartbeats on a quiet stream, and stops listening on the bus when the client goes away', async () => {
			const assigned = await kit.setUp();
			const a = await kit.instance(false, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			let listening = 0;
			const bus: EventBus<EventMap> = {
				publish: (event, payload) => a.deps.bus.publish(event, payload),
				async subscribe(event, handler) {
					const stop = await a.deps.bus.subscribe(event, handler);
					listening++;
					return async () => {
						listening--;
						await stop();
					};
				},
				close: async () => undefined
			};
			const abort = new AbortController();
			const response = await messageStream(
				{ ...a.deps, bus },
				'ana',
				thread.id,
				new Request('http://x/', { signal: abort.signal }),
				{ heartbeatMs: 50 }
			);
			expect(listening).toBe(1);
			const reader = response.body!.getReader();
			const decoder = new TextDecoder();
			let text = '';
			while ((text.match(/: heartbeat/g) ?? []).length < 2) {
				const chunk = await reader.read();
				if (chunk.done) break;
				text += decoder.decode(chunk.value, { stream: true });
			}
			expect(text.startsWith('retry: 5000\n')).toBe(true);
			expect((text.match(/: heartbeat\n\n/g) ?? []).length).toBeGreaterThanOrEqual(2);
			abort.abort();
			while (!(await reader.read()).done);
			await new Promise((resolve) => setTimeout(resolve, 20));
			expect(listening).toBe(0);
		});

		it('ends the stream when the reader may no longer read the thread', async () => {
			const assigned = await kit.setUp();
			const a = await kit.instance(false, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const response = await messageStream(a.deps, 'sofia', thread.id, new Request('http://x/'), {
				onError: () => undefined
			});
			assigned.pairs.length = 0;
			await postMessage(a.deps, 'ana', thread.id, { body: 'private' }, now);
			const text = await response.text();
			expect(text).not.toContain('private');
		});

		it('ends the stream before the next event once the reader’s session has ended', async () => {
			const assigned = await kit.setUp();
			const a = await kit.instance(false, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			let live = true;
			const response = await messageStream(a.deps, 'sofia', thread.id, new Request('http://x/'), {
				sessionLive: async () => live
			});
			const first = await postMessage(a.deps, 'ana', thread.id, { body: 'still signed in' }, now);
			const { events, reader } = await readEvents(response, 1);
			expect(events.map((e) => e.id)).toEqual([first.id]);
			live = false;
			await postMessage(a.deps, 'ana', thread.id, { body: 'after sign-out' }, at(1));
			let rest = '';
			for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
				rest += new TextDecoder().decode(chunk.value);
			expect(rest).not.toContain('after sign-out');
		});

		it('ends a quiet stream at the first heartbeat after the session has ended, sending no heartbeat', async () => {
			const assigned = await kit.setUp();
			const a = await kit.instance(false, assigned);
			const thread = await openThread(a.deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			let checks = 0;
			const response = await messageStream(a.deps, 'ana', thread.id, new Request('http://x/'), {
				heartbeatMs: 30,
				sessionLive: async () => ++checks < 3
			});
			const text = await response.text();
			expect(checks).toBe(3);
			expect((text.match(/: heartbeat\n\n/g) ?? []).length).toBe(2);
		});
	});
}
