import { describe, expect, it, vi } from 'vitest';
import { fallback, POST } from './+server.ts';

type Handler = (event: { request: Request }) => Promise<Response> | Response;

function call(body: string, contentType = 'application/json', language?: string): Promise<Response> {
	const request = new Request('http://localhost/api/v1/message-check', {
		method: 'POST',
		headers: { 'content-type': contentType, ...(language ? { 'accept-language': language } : {}) },
		body
	});
	return Promise.resolve((POST as unknown as Handler)({ request }));
}

async function problemOf(response: Response) {
	expect(response.headers.get('content-type')).toBe('application/problem+json');
	return (await response.json()) as {
		status: number;
		title: string;
		detail: string;
		errors?: Array<{ field: string; message: string }>;
	};
}

describe('POST /api/v1/message-check', () => {
	it('answers crisis and the signals, each with kind, offsets, quote and explanation', async () => {
		const text = 'I need money for rent by Friday or I’m out on the street.';
		const response = await call(JSON.stringify({ text, locale: 'en' }));
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = (await response.json()) as {
			crisis: boolean;
			level: unknown;
			signals: Array<Record<string, unknown>>;
		};
		expect(Object.keys(body).sort()).toEqual(['crisis', 'crisisSpans', 'level', 'safety', 'signals']);
		expect(body).toMatchObject({ crisis: false, level: null, crisisSpans: [], safety: [] });
		expect(body.signals.length).toBeGreaterThan(0);
		for (const signal of body.signals) {
			expect(Object.keys(signal).sort()).toEqual(['end', 'explanation', 'kind', 'quote', 'start']);
			expect(text.slice(signal.start as number, signal.end as number)).toBe(signal.quote);
		}
	});

	it('puts crisis first for a message about suicide, in Spanish too', async () => {
		const response = await call(JSON.stringify({ text: 'Ya no puedo más, quiero matarme', locale: 'es' }));
		expect(((await response.json()) as { crisis: boolean }).crisis).toBe(true);
	});

	it.each([
		['urgent', 'I took the whole bottle of my pills', 'en', 'overdose'],
		['concern', 'honestly everyone would be better off without me', 'en', 'burden'],
		['urgent', 'Me tomé todas las pastillas del frasco', 'es', 'overdose'],
		['concern', 'la verdad todos estarían mejor sin mí', 'es', 'burden']
	])(
		'answers level %s for “%s”, with the words that raised it, their level and category',
		async (level, text, locale, category) => {
			const body = (await (await call(JSON.stringify({ text, locale }))).json()) as {
				crisis: boolean;
				level: string;
				crisisSpans: Array<{ start: number; end: number; quote: string; level: string; category: string }>;
			};
			expect(body.crisis).toBe(true);
			expect(body.level).toBe(level);
			expect(body.crisisSpans).toContainEqual(expect.objectContaining({ level, category }));
			for (const span of body.crisisSpans) expect(text.slice(span.start, span.end)).toBe(span.quote);
		}
	);

	it('names someone else hurting the writer as safety, not as a crisis', async () => {
		const text = 'he hit me again last night';
		const body = (await (await call(JSON.stringify({ text, locale: 'en' }))).json()) as {
			crisis: boolean;
			level: unknown;
			safety: Array<{ start: number; end: number; quote: string }>;
		};
		expect(body).toMatchObject({ crisis: false, level: null });
		expect(body.safety.map((span) => span.quote)).toEqual(['he hit me']);
		expect(text.slice(body.safety[0]!.start, body.safety[0]!.end)).toBe('he hit me');
	});

	it.each([
		['empty text', { text: '   ', locale: 'en' }, 'text', /must not be empty/],
		['text over 5,000 characters', { text: 'a'.repeat(5001), locale: 'en' }, 'text', /at most 5000/],
		['text that is not a string', { text: 42, locale: 'en' }, 'text', /must be a string/],
		['a missing text', { locale: 'en' }, 'text', /must be a string/],
		['an unknown locale', { text: 'hi', locale: 'fr' }, 'locale', /one of: en, es/]
	])('refuses %s with a 400 problem naming the field', async (_name, body, field, message) => {
		const response = await call(JSON.stringify(body));
		expect(response.status).toBe(400);
		const details = await problemOf(response);
		expect(details.errors?.map((e) => e.field)).toContain(field);
		expect(details.errors?.find((e) => e.field === field)?.message).toMatch(message);
	});

	it('says what to fix in the language the caller reads (Accept-Language), not the message’s', async () => {
		const details = await problemOf(
			await call(JSON.stringify({ text: '', locale: 'fr' }), 'application/json', 'es-MX,es;q=0.9')
		);
		expect(details.errors).toEqual([
			{ field: 'text', message: 'text no puede estar vacío.' },
			{ field: 'locale', message: 'locale debe ser uno de estos valores: en, es.' }
		]);
	});

	it('names both fields when both are wrong', async () => {
		const details = await problemOf(await call(JSON.stringify({ text: '', locale: 'de' })));
		expect(details.errors?.map((e) => e.field).sort()).toEqual(['locale', 'text']);
	});

	it.each([
		['malformed JSON', '{"text": "hi", ', /not valid JSON/],
		['a JSON array', '["hi"]', /must be a JSON object/],
		['JSON null', 'null', /must be a JSON object/]
	])('refuses %s with a 400 problem that says so', async (_name, raw, detail) => {
		const response = await call(raw);
		expect(response.status).toBe(400);
		expect((await problemOf(response)).detail).toMatch(detail);
	});

	it('refuses a body that is not sent as JSON with a 400 problem that says so', async () => {
		const response = await call('text=hi&locale=en', 'application/x-www-form-urlencoded');
		expect(response.status).toBe(400);
		expect((await problemOf(response)).detail).toMatch(/application\/json/);
	});

	it('answers other methods with 405 and Allow: POST', async () => {
		const response = await (fallback as unknown as Handler)({
			request: new Request('http://localhost/', { method: 'PUT' })
		});
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('POST');
	});

	it('writes nothing of the message to the console or the log', async () => {
		const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
		const stdout = vi.spyOn(process.stdout, 'write');
		await call(JSON.stringify({ text: 'secret words about my brother', locale: 'en' }));
		await call(JSON.stringify({ text: 'secret words about my brother', locale: 'xx' }));
		for (const spy of [...spies, stdout]) {
			expect(JSON.stringify(spy.mock.calls)).not.toContain('secret words');
			spy.mockRestore();
		}
	});
});
