import { describe, expect, it } from 'vitest';
import { requestGuidance, type GuidanceRequest, type RequestStore } from './requests.ts';

// The crisis flag of a request, over an in-memory store: the story is read both as the loved one's own words and
// as a family member's story about them. The store itself is tested on both databases in
// src/lib/server/db/repositories/guidance-requests.test.ts.

function memoryStore(): RequestStore & { all: GuidanceRequest[] } {
	const all: GuidanceRequest[] = [];
	return {
		all,
		insert: async (request) => void all.push(request),
		forMember: async (memberId) => all.filter((r) => r.memberId === memberId),
		open: async () => all.filter((r) => r.state !== 'closed'),
		get: async (id) => all.find((r) => r.id === id),
		assign: async () => false,
		close: async () => false,
		openClients: async () => 0,
		isAssigned: async () => false,
		clientsOf: async () => []
	};
}

const now = new Date('2026-11-30T08:00:00Z');
const ask = (story: string, language: 'en' | 'es') => ({ relationship: 'child', story, urgency: 'noRush', language });

describe('requestGuidance', () => {
	it.each([
		['en', 'My son keeps saying he wants to kill himself. What do I say to him?'],
		['en', 'She talks about ending her life when she drinks.'],
		['en', 'He took a whole bottle of pills and I am at the hospital.'],
		['en', "I can't go on like this... I can't go on."],
		['es', 'Mi hija habla de quitarse la vida. No sé qué hacer.'],
		['es', 'Dice que se quiere matar si lo internamos.']
	] as const)('marks a crisis in %s: "%s"', async (language, story) => {
		const store = memoryStore();
		const request = await requestGuidance(store, 'ana', ask(story, language), 'q1', now);
		expect(request.crisis).toBe(true);
		expect(store.all[0]!.crisis).toBe(true);
	});

	it.each([
		['en', 'He says he wants to kill the game tonight, then he goes out. How do I set limits?'],
		['en', 'I was worried sick. He quit drinking last month but lies about money.'],
		['es', 'Mi hijo volvió a llamar anoche; dice que esta vez sí — “lo prometo” 🙏'],
		['es', 'Dice que se muere de ganas de ver a los niños, pero sigue tomando.']
	] as const)('does not mark an ordinary story in %s: "%s"', async (language, story) => {
		const request = await requestGuidance(memoryStore(), 'ana', ask(story, language), 'q1', now);
		expect(request.crisis).toBe(false);
	});

	it.each([
		['en', 'My son keeps saying everyone would be better off without him.', 'concern'],
		['en', 'My son texted me that he took the whole bottle of his pills.', 'urgent'],
		['es', 'Mi hijo dice que todos estarían mejor sin él.', 'concern'],
		['es', 'Mi hija me escribió que se tomó todas las pastillas del frasco.', 'urgent']
	] as const)('keeps the level of a crisis in %s: "%s" is %s', async (language, story, level) => {
		const store = memoryStore();
		await requestGuidance(store, 'ana', ask(story, language), 'q1', now);
		expect(store.all[0]).toMatchObject({ crisis: true, crisisLevel: level });
	});

	it('keeps no level for an ordinary story', async () => {
		const request = await requestGuidance(memoryStore(), 'ana', ask('He came home late again.', 'en'), 'q1', now);
		expect(request).toMatchObject({ crisis: false, crisisLevel: null });
	});
});
