import { expect, request as newRequest, test } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { signedInMember } from './members.ts';
import { lists, pdfOf } from './plan.ts';

// The plan through its API: versions, conflicts, the PDF, and who may see it. The pages are in plan.spec.ts.

test('the plan API: versions, conflicts, the PDF; 401 signed out, and another member never sees the plan', async ({
	baseURL
}) => {
	const ana = await signedInMember(baseURL!, 'plan-ana');
	const luis = await signedInMember(baseURL!, 'plan-luis');
	const anonymous = await newRequest.newContext({ baseURL: baseURL! });

	for (const url of ['/api/v1/plan', '/api/v1/plan/versions', '/api/v1/plan/versions/1', '/api/v1/plan/pdf?lang=en']) {
		const answer = await anonymous.get(url);
		expect(answer.status(), `GET ${url} signed out`).toBe(401);
		expect(answer.headers()['content-type']).toBe('application/problem+json');
	}
	expect((await anonymous.put('/api/v1/plan', { data: { ...lists } })).status()).toBe(401);

	const empty = await ana.get('/api/v1/plan');
	expect(empty.headers()['cache-control']).toBe('no-store');
	expect(await empty.json()).toMatchObject({ version: 0, savedAt: null, lists: { conditions: [] } });

	const first = await ana.put('/api/v1/plan', { data: { ...lists, baseVersion: 0 } });
	expect(first.status()).toBe(200);
	expect(await first.json()).toMatchObject({ version: 1, lists });
	const stale = await ana.put('/api/v1/plan', { data: { ...lists, signs: ['Something else'], baseVersion: 0 } });
	expect(stale.status()).toBe(409);
	expect(stale.headers()['content-type']).toBe('application/problem+json');
	expect((await stale.json()).errors[0].field).toBe('baseVersion');
	const bad = await ana.put('/api/v1/plan', { data: { ...lists, signs: ['x'.repeat(501)], baseVersion: 1 } });
	expect(bad.status()).toBe(400);
	expect((await bad.json()).errors[0].field).toBe('signs.0');
	const second = await ana.put('/api/v1/plan', { data: { ...lists, signs: ['A job'], baseVersion: 1 } });
	expect((await second.json()).version).toBe(2);

	const versions = (await (await ana.get('/api/v1/plan/versions')).json()).versions;
	expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
	expect((await (await ana.get('/api/v1/plan/versions/1')).json()).lists.signs).toEqual(lists.signs);
	for (const missing of ['3', 'abc', '0', '1.0'])
		expect((await ana.get(`/api/v1/plan/versions/${missing}`)).status()).toBe(404);

	const pdf = await ana.get('/api/v1/plan/pdf?lang=es');
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect(pdf.headers()['content-disposition']).toBe('attachment; filename="porchlight-plan.pdf"');
	expect(pdf.headers()['cache-control']).toBe('no-store');
	const [page, ...more] = await pdfOf(await pdf.body());
	expect(more).toEqual([]);
	expect(page).toContain(catalogue('es').account.plan.lists.conditions.heading);
	expect(page).toContain('¿Honesto? ¡Sí!');
	expect((await ana.get('/api/v1/plan/pdf?lang=fr')).status()).toBe(400);

	// Luis has his own (empty) plan; Ana's versions are as missing to him as versions that never existed.
	expect(await (await luis.get('/api/v1/plan')).json()).toMatchObject({ version: 0 });
	expect((await (await luis.get('/api/v1/plan/versions')).json()).versions).toEqual([]);
	expect((await luis.get('/api/v1/plan/versions/1')).status()).toBe(404);
	expect((await pdfOf(await (await luis.get('/api/v1/plan/pdf?lang=en')).body())).join(' ')).not.toContain('Sober');
	expect((await (await luis.put('/api/v1/plan', { data: { ...lists, signs: [] } })).json()).version).toBe(1);
	expect((await (await ana.get('/api/v1/plan')).json()).lists.signs).toEqual(['A job']);
	await Promise.all([ana.dispose(), luis.dispose(), anonymous.dispose()]);
});
