import { describe, expect, it } from 'vitest';
import { asProblem } from './api-problems.ts';
import { problem } from './problem.ts';

describe('the framework’s own refusals under /api/', () => {
	it('become problem+json, keeping the status and the Allow header', async () => {
		const answer = asProblem(new Response(null, { status: 405, headers: { allow: 'GET, POST' } }));
		expect(answer.status).toBe(405);
		expect(answer.headers.get('content-type')).toBe('application/problem+json');
		expect(answer.headers.get('allow')).toBe('GET, POST');
		expect(await answer.json()).toMatchObject({ status: 405, title: 'Method Not Allowed' });
		const missing = asProblem(
			new Response('<h1>Not Found</h1>', { status: 404, headers: { 'content-type': 'text/html' } })
		);
		expect(missing.headers.get('content-type')).toBe('application/problem+json');
		expect((await missing.json()).status).toBe(404);
	});

	it('leaves answers that are already problems, successes and server faults alone', () => {
		const already = problem(400, 'Invalid request', 'said: too long');
		expect(asProblem(already)).toBe(already);
		const fine = new Response('{}', { status: 200 });
		expect(asProblem(fine)).toBe(fine);
		const fault = new Response('{"message":"Something went wrong.","id":"x"}', { status: 500 });
		expect(asProblem(fault)).toBe(fault);
	});
});
