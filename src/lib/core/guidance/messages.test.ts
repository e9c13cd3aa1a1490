import { describe, expect, it } from 'vitest';
import type { EventBus } from '../events/bus.ts';
import type { EventMap } from '../events/map.ts';
import { DomainError } from '../shared/errors.ts';
import { openThread, postMessage, type Message, type MessageDeps, type MessageStore, type Thread } from './messages.ts';

// The use-cases over an in-memory store: the order of effects (stored, then published, then the notice), and
// that neither a failing bus nor a failing notice undoes a message. The stores themselves are tested on both
// databases in src/lib/server/guidance/messages.test.ts.

function memoryStore(log: string[]): MessageStore {
	const threads: Thread[] = [];
	const messages: Message[] = [];
	const reads = new Map<string, string>();
	return {
		thread: async (id) => threads.find((t) => t.id === id),
		threadBetween: async (m, s) => threads.find((t) => t.memberId === m && t.specialistId === s),
		openThread: async (thread) => (threads.push(thread), thread),
		insert: async (message) => {
			log.push(`stored ${message.id}`);
			messages.push(message);
		},
		message: async (threadId, id) => messages.find((m) => m.threadId === threadId && m.id === id),
		list: async (threadId) => messages.filter((m) => m.threadId === threadId),
		lastRead: async (threadId, readerId) => reads.get(`${threadId}/${readerId}`) ?? null,
		markRead: async (threadId, readerId, at) => void reads.set(`${threadId}/${readerId}`, at),
		memberLanguage: async () => 'en',
		unreadCounts: async () => []
	};
}

function setUp(options: { failBus?: boolean; failNotice?: boolean } = {}) {
	const log: string[] = [];
	const errors: unknown[] = [];
	let n = 0;
	const bus: EventBus<EventMap> = {
		async publish(event, payload) {
			if (options.failBus) throw new Error('bus down');
			log.push(`published ${event} ${JSON.stringify(payload)}`);
		},
		subscribe: async () => async () => undefined,
		close: async () => undefined
	};
	const deps: MessageDeps = {
		store: memoryStore(log),
		assignments: {
			isAssigned: async (s, m) => s === 'sofia' && m === 'ana',
			clientsOf: async (s) => new Set(s === 'sofia' ? ['ana'] : [])
		},
		bus,
		notices: {
			async waiting(notice) {
				if (options.failNotice) throw new Error('queue down');
				log.push(`notice ${notice.recipientId} since ${notice.since}`);
			}
		},
		newId: () => `id${++n}`,
		onError: (error) => void errors.push(error)
	};
	return { deps, log, errors };
}

const now = new Date('2026-11-30T08:00:00Z');

describe('posting a message', () => {
	it('stores it, then publishes only its id, then tells the other side', async () => {
		const { deps, log } = setUp();
		const thread = await openThread(deps, 'sofia', { memberId: 'ana', specialistId: 'sofia' }, now);
		await deps.store.markRead(thread.id, 'ana', '2026-11-30T07:00:00.000Z');
		const message = await postMessage(deps, 'sofia', thread.id, { body: 'How did today go?' }, now);
		expect(log).toEqual([
			`stored ${message.id}`,
			`published message.created {"threadId":"${thread.id}","messageId":"${message.id}"}`,
			'notice ana since 2026-11-30T07:00:00.000Z'
		]);
	});

	it('keeps the message when the bus or the notice fails, and says so to onError', async () => {
		for (const failure of [{ failBus: true }, { failNotice: true }]) {
			const { deps, errors } = setUp(failure);
			const thread = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
			const message = await postMessage(deps, 'ana', thread.id, { body: 'hola' }, now);
			expect(await deps.store.list(thread.id)).toEqual([message]);
			expect(errors).toHaveLength(1);
		}
	});

	it('flags crisis language in English and in Spanish, and not an idiom', async () => {
		const { deps } = setUp();
		const thread = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
		const flag = async (body: string) => (await postMessage(deps, 'ana', thread.id, { body }, now)).crisis;
		expect(await flag('You would all be better off without me.')).toBe(true);
		expect(await flag('Estarían mejor sin mí.')).toBe(true);
		expect(await flag('me muero de ganas de verte')).toBe(false);
		expect(await flag('this job is killing me')).toBe(false);
	});

	it('flags crisis told about the loved one, by either side, and not an ordinary story', async () => {
		const { deps } = setUp();
		const thread = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
		const flag = async (senderId: string, body: string) =>
			(await postMessage(deps, senderId, thread.id, { body }, now)).crisis;
		expect(await flag('ana', 'He says he wants to kill himself.')).toBe(true);
		expect(await flag('ana', 'Mi hija habla de quitarse la vida.')).toBe(true);
		expect(await flag('ana', 'She overdosed and is not waking up.')).toBe(true);
		expect(await flag('sofia', 'Ana, you told me he says he would never hurt himself. Has he said more?')).toBe(true);
		expect(await flag('ana', 'He says he wants to kill the game tonight.')).toBe(false);
		expect(await flag('ana', 'Dice que se muere de ganas de ver a los niños.')).toBe(false);
		expect(await flag('sofia', 'How did the talk about the car go?')).toBe(false);
	});

	it('keeps the level of a crisis, reading each message in the language of the thread’s member', async () => {
		const { deps } = setUp();
		const languages: string[] = [];
		deps.store.memberLanguage = async (memberId) => (languages.push(memberId), 'es');
		const thread = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
		const post = (senderId: string, body: string) => postMessage(deps, senderId, thread.id, { body }, now);
		expect(await post('ana', 'Mi hijo dice que todos estarían mejor sin él.')).toMatchObject({
			crisis: true,
			crisisLevel: 'concern'
		});
		expect(await post('sofia', '¿Te dijo que se tomó todas las pastillas?')).toMatchObject({
			crisis: true,
			crisisLevel: 'urgent'
		});
		expect(await post('ana', 'Hoy fue un buen día.')).toMatchObject({ crisis: false, crisisLevel: null });
		expect((await deps.store.list(thread.id)).map((m) => m.crisisLevel)).toEqual(['concern', 'urgent', null]);
		expect(new Set(languages)).toEqual(new Set(['ana']));
	});

	it('refuses unknown fields and a body that is not text', async () => {
		const { deps } = setUp();
		const thread = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
		for (const raw of [{ body: 'hi', extra: 1 }, { body: 42 }, {}, null]) {
			await expect(postMessage(deps, 'ana', thread.id, raw, now)).rejects.toBeInstanceOf(DomainError);
		}
		expect(await deps.store.list(thread.id)).toEqual([]);
	});

	it('keeps an archived thread (its specialist left) readable by its member and closed to every post', async () => {
		const { deps, log } = setUp();
		const thread = await openThread(deps, 'ana', { memberId: 'ana', specialistId: 'sofia' }, now);
		await postMessage(deps, 'ana', thread.id, { body: 'Hola' }, now);
		Object.assign(thread, { specialistId: null, archivedAt: now.toISOString() });
		const posted = await postMessage(deps, 'ana', thread.id, { body: 'Sigues ahí?' }, now).then(
			() => 'posted',
			(e: DomainError) => e.code
		);
		expect(posted).toBe('conflict');
		expect((await deps.store.list(thread.id)).map((m) => m.body)).toEqual(['Hola']);
		expect(log.filter((line) => line.startsWith('stored'))).toHaveLength(1);
	});

	it('opens no thread with oneself or for someone outside the pair', async () => {
		const { deps } = setUp();
		const refused = (work: Promise<unknown>) =>
			work.then(
				() => 'ok',
				(e: DomainError) => e.code
			);
		expect(await refused(openThread(deps, 'ana', { memberId: 'ana', specialistId: 'ana' }, now))).toBe('not_found');
		expect(await refused(openThread(deps, 'eve', { memberId: 'ana', specialistId: 'sofia' }, now))).toBe('not_found');
	});
});
