import { expect, test } from '@playwright/test';
import { catalogue, locales } from '../src/lib/core/i18n/catalogue.ts';
import { guideSteps } from '../src/lib/core/guide/steps.ts';
import { walkGuideByKeyboard } from './guide-walk.ts';

test('walking the guide makes no request to any other site and sends nothing the person wrote', async ({
	page,
	baseURL
}) => {
	const requests: Array<{ url: string; method: string; body: string | null }> = [];
	page.on('request', (request) =>
		requests.push({ url: request.url(), method: request.method(), body: request.postData() })
	);
	const walk = await walkGuideByKeyboard(page, 'en');
	const origin = new URL(baseURL!).origin;
	expect(requests.filter((r) => new URL(r.url).origin !== origin).map((r) => r.url)).toEqual([]);
	expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
	for (const written of [walk.answers, walk.ownCondition, walk.boundary, 'Ana', '555']) {
		expect(requests.filter((r) => r.url.includes(encodeURIComponent(written)) || r.url.includes(written))).toEqual([]);
	}
});

test('every page carries the security headers, prerendered or not, and scripts and styles are never sniffed', async ({
	request
}) => {
	for (const path of ['/js/app.js', '/app.css', '/favicon.svg']) {
		expect((await request.get(path)).headers()['x-content-type-options'], path).toBe('nosniff');
	}
	for (const path of [
		'/en',
		'/es/guide/pause',
		'/en/crisis',
		'/healthz',
		'/',
		'/en/no-such-page',
		'/service-worker.js'
	]) {
		const response = await request.get(path, { maxRedirects: 0 });
		const headers = response.headers();
		expect(headers['content-security-policy'], path).toContain("default-src 'none'");
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(headers['referrer-policy'], path).toBe('no-referrer');
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['permissions-policy'], path).toContain('camera=()');
		expect(headers['permissions-policy'], path).toContain('geolocation=()');
	}
});

test('prerendered pages come compressed, with an etag that answers 304', async ({ request }) => {
	const first = await request.get('/en/guide/pause', { headers: { 'accept-encoding': 'br' } });
	expect(first.headers()['content-encoding']).toBe('br');
	const etag = first.headers()['etag']!;
	const again = await request.get('/en/guide/pause', { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
	expect(again.status()).toBe(304);
});

test('GET /healthz answers {"status":"ok"}', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok' });
});

test('the bare address redirects by Accept-Language, then by the remembered choice', async ({ request }) => {
	const spanish = await request.get('/', {
		headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' },
		maxRedirects: 0
	});
	expect(spanish.status()).toBe(303);
	expect(spanish.headers()['location']).toBe('/es');
	const english = await request.get('/', { headers: { 'accept-language': 'fr, en;q=0.3' }, maxRedirects: 0 });
	expect(english.headers()['location']).toBe('/en');
	const remembered = await request.get('/', {
		headers: { 'accept-language': 'en', cookie: 'lang=es' },
		maxRedirects: 0
	});
	expect(remembered.headers()['location']).toBe('/es');
});

test('an unknown page answers 404 in the page’s language', async ({ page }) => {
	const response = await page.goto('/es/nada');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogue('es').notFound.title);
});

test.describe('before any script runs', () => {
	test.use({ javaScriptEnabled: false });

	for (const locale of locales) {
		test(`every page of the guide is readable in ${locale} and the guide can be walked by its links`, async ({
			page
		}) => {
			const t = catalogue(locale);
			await page.goto(`/${locale}`);
			await page.getByRole('link', { name: t.home.start }).click();
			await expect(page.getByText(t.guide.intro.sacred)).toBeVisible();
			await page.getByRole('link', { name: t.guide.intro.begin }).click();
			// Without a script the check cannot be answered, so the safety card is simply there, and the way on.
			await expect(page.getByRole('heading', { name: t.safety.card.title })).toBeVisible();
			await expect(page.locator('[data-safety-card]').getByRole('link', { name: /1-800-799-7233/ })).toBeVisible();
			await page.getByRole('link', { name: t.safety.check.skip }).click();
			for (const step of guideSteps) {
				await expect(page).toHaveURL(new RegExp(`/${locale}/guide/${step.slug}$`));
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expect(page.getByText(t.guide.noScript)).toBeVisible();
				const next = page.getByRole('link', { name: `${t.guide.next} →` });
				if (step.slug !== 'decide') await next.click();
			}
			await expect(page.getByText(t.guide.decide.reminder[0]!)).toBeVisible();
			await expect(page.getByText(t.guide.decide.closing[1]!)).toBeVisible();
			await page.goto(`/${locale}/crisis`);
			await expect(page.getByRole('link', { name: format988(locale) })).toHaveAttribute('href', 'tel:988');
		});
	}
});

function format988(locale: 'en' | 'es'): string {
	return catalogue(locale).crisis.call.replace('{number}', '988');
}
