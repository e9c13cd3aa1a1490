import { expect, test, type Page } from '@playwright/test';
import { catalogue, locales, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { expectNoViolations } from './axe.ts';
import { activate, typeInto } from './keyboard.ts';

const messages = {
	en: {
		plain: 'I’m so sorry. I’ll never do it again, I promise. Can you send me $200 tonight?',
		crisis: 'I can’t do this anymore. I wrote letters for everyone. This is goodbye.'
	},
	es: {
		plain: 'Perdóname, te juro que voy a cambiar. ¿Me puedes prestar dinero hoy?',
		crisis: 'Ya no puedo más. Me tomé todas las pastillas del frasco.'
	}
} satisfies Record<Locale, { plain: string; crisis: string }>;

async function checkOnStep3(page: Page, locale: Locale, text: string): Promise<void> {
	const t = catalogue(locale);
	await page.goto(`/${locale}/guide/ask-them`);
	await page.locator('[data-guide-step][data-ready]').waitFor();
	await typeInto(page, page.getByLabel(t.guide.askThem.answersLabel), text);
	await activate(page, page.getByRole('button', { name: t.messageCheck.button }));
}

for (const locale of locales) {
	test(`${locale}: a plain message is shown with its patterns marked, named and explained, and the text stays in the browser`, async ({
		page
	}) => {
		const t = catalogue(locale);
		const sent: string[] = [];
		page.on('request', (request) => {
			if (request.method() !== 'GET' || request.url().includes('?')) sent.push(request.url());
		});
		await checkOnStep3(page, locale, messages[locale].plain);
		const result = page.locator('[data-message-check-result]');
		await expect(result.getByRole('heading', { name: t.messageCheck.resultTitle })).toBeFocused();
		await expect(page.locator('[data-crisis]')).toBeHidden();
		const marks = result.locator('mark.signal');
		expect(await marks.count()).toBeGreaterThan(0);
		// Not by colour alone: each mark is numbered and carries its kind as text for screen readers.
		await expect(marks.first().locator('.visually-hidden')).toHaveText(
			new RegExp(`^1\\. (${Object.values(t.messageCheck.kinds).join('|')}): $`)
		);
		await expect(marks.first().locator('sup')).toHaveText('1');
		await expect(result.getByText(t.messageCheck.kinds.apology, { exact: true }).first()).toBeVisible();
		await expect(result.getByText(t.messageCheck.kinds.request, { exact: true }).first()).toBeVisible();
		await expect(result.getByText(t.messageCheck.summary.changeWithoutAction)).toBeVisible();
		await expect(result.getByRole('link', { name: t.messageCheck.adviceLink })).toHaveAttribute(
			'href',
			'#pause-warning'
		);
		await expectNoViolations(page);
		expect(sent).toEqual([]);
	});

	test(`${locale}: a message about a crisis puts the crisis resources first, with the words that raised it`, async ({
		page
	}) => {
		const t = catalogue(locale);
		await checkOnStep3(page, locale, messages[locale].crisis);
		const crisis = page.locator('[data-crisis]');
		await expect(crisis).toBeFocused();
		await expect(crisis.getByRole('heading', { name: t.messageCheck.crisisTitle })).toBeVisible();
		await expect(crisis.getByRole('link', { name: format(t.crisis.call, { number: '911' }) })).toHaveAttribute(
			'href',
			'tel:911'
		);
		await expect(crisis.getByRole('link', { name: format(t.crisis.text, { number: '988' }) })).toHaveAttribute(
			'href',
			'sms:988'
		);
		await expect(crisis.locator('[data-crisis-words]')).not.toBeEmpty();
		// Crisis comes before anything else in the result.
		const order = await page.evaluate(() => {
			const result = document.querySelector('[data-message-check-result]')!;
			return [...result.children].findIndex((child) => child.matches('[data-crisis]'));
		});
		expect(order).toBe(0);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoViolations(page);
		}
	});
}

test('an empty box asks for the message first', async ({ page }) => {
	const t = catalogue('en');
	await page.goto('/en/guide/ask-them');
	await page.locator('[data-guide-step][data-ready]').waitFor();
	await page.getByRole('button', { name: t.messageCheck.button }).click();
	await expect(page.getByText(t.messageCheck.empty)).toBeVisible();
	await expect(page.getByLabel(t.guide.askThem.answersLabel)).toBeFocused();
});

test('the analyzer is not downloaded until a check is asked for', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/en/guide/ask-them');
	await page.locator('[data-guide-step][data-ready]').waitFor();
	const before = scripts.length;
	await page.getByLabel(catalogue('en').guide.askThem.answersLabel).fill('I promise I changed');
	await page.getByRole('button', { name: catalogue('en').messageCheck.button }).click();
	await expect(page.locator('[data-message-check-result]')).toBeVisible();
	expect(scripts.length).toBeGreaterThan(before);
});

test('the API answers for integrations and refuses bad input with problem+json', async ({ request }) => {
	const ok = await request.post('/api/v1/message-check', {
		data: { text: 'Reply right now. I mean it.', locale: 'en' }
	});
	expect(ok.status()).toBe(200);
	expect((await ok.json()).signals.map((s: { kind: string }) => s.kind)).toContain('pressure');
	const bad = await request.post('/api/v1/message-check', { data: { text: '', locale: 'fr' } });
	expect(bad.status()).toBe(400);
	expect(bad.headers()['content-type']).toBe('application/problem+json');
	expect((await bad.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(['locale', 'text']);
});
