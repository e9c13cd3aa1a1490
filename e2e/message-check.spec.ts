import { expect, test, type Page } from '@playwright/test';
import { catalogue, locales, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { expectNoViolations } from './axe.ts';
import { activate, typeInto } from './keyboard.ts';

// Clear cases for each level, as the rules read them today: urgent (an overdose just taken), concern (being a
// burden), and someone else hurting the writer (a safety concern, not a crisis).
const messages = {
	en: {
		plain: 'I’m so sorry. I’ll never do it again, I promise. Can you send me $200 tonight?',
		urgent: 'I took the whole bottle of my pills',
		concern: 'honestly everyone would be better off without me',
		safety: 'he hit me again last night'
	},
	es: {
		plain: 'Perdóname, te juro que voy a cambiar. ¿Me puedes prestar dinero hoy?',
		urgent: 'Ya no puedo más. Me tomé todas las pastillas del frasco.',
		concern: 'la verdad todos estarían mejor sin mí',
		safety: 'mi pareja me pegó otra vez anoche'
	}
} satisfies Record<Locale, { plain: string; urgent: string; concern: string; safety: string }>;

async function checkOnStep3(page: Page, locale: Locale, text: string, { reload = true } = {}): Promise<void> {
	const t = catalogue(locale);
	if (reload) {
		await page.goto(`/${locale}/guide/ask-them`);
		await page.locator('[data-guide-step][data-ready]').waitFor();
	}
	await page.getByLabel(t.guide.askThem.answersLabel).clear();
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
		// The number follows the mark: the marked words are exactly the words quoted.
		await expect(marks.locator('sup')).toHaveCount(0);
		await expect(result.locator('mark.signal + sup').first()).toHaveText('1');
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

	test(`${locale}: an urgent message puts 911 first, a concern puts 988 first and says it is all right to ask, each with the words that raised it; someone hurting them gets its own calm section`, async ({
		page
	}) => {
		const t = catalogue(locale);
		const words = t.crisisLevels;
		const firstLink = (level: string) =>
			page.locator(`[data-crisis-level="${level}"] [data-crisis-resources] a`).first();

		await checkOnStep3(page, locale, messages[locale].urgent);
		const urgent = page.locator('[data-crisis-level="urgent"]');
		await expect(urgent).toBeFocused();
		await expect(urgent.getByRole('heading', { name: words.check.urgent })).toBeVisible();
		await expect(urgent).toContainText(words.urgent.act);
		await expect(firstLink('urgent')).toHaveAttribute('href', 'tel:911');
		await expect(urgent.locator('[data-crisis-resources] a').nth(1)).toHaveAttribute('href', 'tel:988');
		await expect(urgent.locator('[data-crisis-words]')).toContainText(
			locale === 'en' ? 'took the whole bottle of my pills' : 'Me tomé todas las pastillas'
		);
		await expect(page.locator('[data-crisis-level="concern"]')).toBeHidden();
		await expect(page.locator('[data-safety]')).toBeHidden();
		// Crisis comes before anything else in the result.
		const order = await page.evaluate(() => {
			const result = document.querySelector('[data-message-check-result]')!;
			return [...result.children].findIndex((child) => child.matches('[data-crisis]'));
		});
		expect(order).toBe(0);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoViolations(page, `Step 3, urgent, ${locale}, ${colorScheme}`);
		}

		await checkOnStep3(page, locale, messages[locale].concern, { reload: false });
		const concern = page.locator('[data-crisis-level="concern"]');
		await expect(concern).toBeFocused();
		await expect(urgent).toBeHidden();
		await expect(concern.getByRole('heading', { name: words.check.concern })).toBeVisible();
		await expect(concern).toContainText(words.concern.ask);
		await expect(concern).toContainText(words.concern.notIdea);
		await expect(firstLink('concern')).toHaveAttribute('href', 'tel:988');
		await expect(concern.getByRole('link', { name: format(t.crisis.text, { number: '988' }) })).toHaveAttribute(
			'href',
			'sms:988'
		);
		await expect(concern.locator('[data-crisis-words]')).toContainText(
			locale === 'en' ? 'better off without me' : 'mejor sin mí'
		);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await expectNoViolations(page, `Step 3, concern, ${locale}, ${colorScheme}`);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		// On the smallest phone the help reflows: nothing is wider than the screen.
		await page.setViewportSize({ width: 320, height: 640 });
		await expect(concern).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

		await checkOnStep3(page, locale, messages[locale].safety, { reload: false });
		const safety = page.locator('[data-safety]');
		await expect(page.locator('[data-crisis]')).toBeHidden();
		await expect(safety.getByRole('heading', { name: words.safety.title })).toBeVisible();
		await expect(safety.locator('[data-safety-words]')).toContainText(locale === 'en' ? 'he hit me' : 'me pegó');
		await expect(safety.getByRole('link').first()).toHaveAttribute('href', 'tel:18007997233');
		await expect(safety).not.toContainText(words.concern.ask);
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
