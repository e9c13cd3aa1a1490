import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, type Client } from './members.ts';
import { startServer, type TestServer } from './server.ts';

// The message check over HTTP, as an integration calls it (issue #12): `crisis` stays a boolean, `level` says how
// soon, the crisis spans carry their level and category, and someone else hurting the writer comes back as
// `safety`. Every field the answer has is in the served OpenAPI document. The check stores nothing, so this runs
// on SQLite only.

interface Span {
	start: number;
	end: number;
	quote: string;
}
interface Answer {
	crisis: boolean;
	level: 'urgent' | 'concern' | null;
	crisisSpans: Array<Span & { level: string; category: string }>;
	safety: Span[];
	signals: Array<Span & { kind: string }>;
}

describe('POST /api/v1/message-check on the built server', () => {
	let server: TestServer;
	let anyone: Client;
	beforeAll(async () => {
		server = await startServer({ dialect: 'sqlite' });
		anyone = client(server);
	});
	afterAll(async () => server?.dispose());

	const check = async (text: string, locale: 'en' | 'es'): Promise<Answer> => {
		const answer = await anyone.request('POST', '/api/v1/message-check', { body: { text, locale } });
		expect(answer.status, answer.text).toBe(200);
		return answer.json as Answer;
	};

	it.each([
		['urgent', 'en', 'I took the whole bottle of my pills', 'overdose'],
		['concern', 'en', 'honestly everyone would be better off without me', 'burden'],
		['urgent', 'es', 'Ya no puedo más. Me tomé todas las pastillas del frasco.', 'overdose'],
		['concern', 'es', 'la verdad todos estarían mejor sin mí', 'burden']
	] as const)('answers %s (%s) with the words that raised it: “%s”', async (level, locale, text, category) => {
		const answer = await check(text, locale);
		expect(answer).toMatchObject({ crisis: true, level, safety: [] });
		expect(answer.crisisSpans).toContainEqual(expect.objectContaining({ level, category }));
		for (const span of answer.crisisSpans) expect(text.slice(span.start, span.end)).toBe(span.quote);
	});

	it('answers level null, and someone else hurting the writer as safety, not crisis', async () => {
		const text = 'mi pareja me pegó otra vez anoche';
		const answer = await check(text, 'es');
		expect(answer).toMatchObject({ crisis: false, level: null, crisisSpans: [] });
		expect(answer.safety.map((span) => text.slice(span.start, span.end))).toEqual(['me pegó']);
		expect(await check('Can you call me tomorrow?', 'en')).toMatchObject({ crisis: false, level: null, safety: [] });
	});

	it('describes every field of the answer in the served OpenAPI document', async () => {
		const document = (await anyone.get('/api/v1/openapi.json')).json as {
			paths: Record<string, { post: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
		};
		const schema = document.paths['/api/v1/message-check']!.post.responses['200']!.content['application/json']!
			.schema as { required: string[]; properties: Record<string, { enum?: unknown[] }> };
		const answer = await check('I took the whole bottle of my pills. He hit me again.', 'en');
		expect(Object.keys(answer).sort()).toEqual([...schema.required].sort());
		expect(schema.properties.level!.enum).toEqual(['urgent', 'concern', null]);
	});
});
