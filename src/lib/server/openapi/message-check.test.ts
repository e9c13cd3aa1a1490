import { describe, expect, it } from 'vitest';
import { POST } from '../../../routes/api/v1/message-check/+server.ts';
import { messageCheckPaths } from './message-check.ts';

type Schema = { required?: string[]; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[] };

const answerSchema = (
	messageCheckPaths['/api/v1/message-check']!.post!.responses as Record<
		string,
		{ content: Record<string, { schema: Schema }> }
	>
)['200']!.content['application/json']!.schema;

async function answer(text: string, locale: 'en' | 'es'): Promise<Record<string, unknown>> {
	const request = new Request('http://localhost/api/v1/message-check', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ text, locale })
	});
	const handler = POST as unknown as (event: { request: Request }) => Promise<Response>;
	return (await (await handler({ request })).json()) as Record<string, unknown>;
}

describe('the OpenAPI description of the message check', () => {
	it('names every field the answer has, and requires them all', async () => {
		const body = await answer('Me tomé todas las pastillas. Él me pegó otra vez.', 'es');
		expect(Object.keys(body).sort()).toEqual([...answerSchema.required!].sort());
		expect(Object.keys(answerSchema.properties!).sort()).toEqual(Object.keys(body).sort());
		for (const field of ['crisisSpans', 'safety', 'signals'] as const) {
			const item = answerSchema.properties![field]!.items!;
			for (const span of body[field] as Array<Record<string, unknown>>)
				expect(Object.keys(span).sort()).toEqual([...item.required!].sort());
		}
	});

	it('lists the two levels, and null for no crisis, as the level’s values', () => {
		expect(answerSchema.properties!.level!.enum).toEqual(['urgent', 'concern', null]);
		expect(answerSchema.properties!.crisisSpans!.items!.properties!.category!.enum).toEqual(
			expect.arrayContaining(['overdose', 'threat', 'passive_wish', 'burden', 'self_harm_past'])
		);
	});
});
