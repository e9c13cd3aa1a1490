import { expect, test, type Page } from '@playwright/test';
import { catalogue, locales, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { activate } from './keyboard.ts';
import { answerSafetyCheck, findSavedReachOut, startGuide, walkSteps } from './guide-walk.ts';
import { expectNoSafetyAnswersKept } from './storage.ts';

/** The safety card: first, calm, with 911 and the hotline by call, TTY and text, and the way on. */
async function expectSafetyCard(page: Page, locale: Locale): Promise<void> {
	const t = catalogue(locale);
	const card = page.locator('[data-safety-card]');
	await expect(card.getByRole('heading', { name: t.safety.card.title })).toBeVisible();
	await expect(card).toBeFocused();
	await expect(card.getByText(t.safety.card.lead)).toBeVisible();
	await expect(card.getByRole('link', { name: format(t.crisis.call, { number: '911' }) })).toHaveAttribute(
		'href',
		'tel:911'
	);
	await expect(card.getByRole('link', { name: format(t.crisis.call, { number: '1-800-799-7233' }) })).toHaveAttribute(
		'href',
		'tel:18007997233'
	);
	await expect(card.getByRole('link', { name: format(t.crisis.tty, { number: '1-800-787-3224' }) })).toHaveAttribute(
		'href',
		'tel:18007873224'
	);
	await expect(
		card.getByRole('link', { name: format(t.crisis.textWithBody, { number: '88788', body: 'START' }) })
	).toHaveAttribute('href', 'sms:88788?body=START');
	// The questions are gone from the screen once answered.
	await expect(page.locator('[data-safety-form]')).toBeHidden();
}

async function walkOnAfterCard(page: Page, locale: Locale): Promise<void> {
	const t = catalogue(locale);
	await activate(page, page.getByRole('link', { name: t.safety.card.continue }));
	const walk = await walkSteps(page, locale, { safetyMode: true });
	await activate(page, page.getByRole('link', { name: t.guide.decide.seeSaved }));
	await expect(page).toHaveURL(new RegExp(`/${locale}/reach-outs$`));
	await findSavedReachOut(page, locale, walk, { safetyMode: true });
	await expectNoSafetyAnswersKept(page);
}

test.beforeEach(async ({ page }) => {
	await page.goto('about:blank');
});

for (const locale of locales) {
	test(`${locale}: a partner who answers yes to a threat to kill sees the safety card first and is offered no reconnection draft`, async ({
		page
	}) => {
		await startGuide(page, locale, 'partner');
		await answerSafetyCheck(page, locale, { safeNow: 'yes', weapon: 'no', threatToKill: 'yes', mightKill: 'unsure' });
		await expectSafetyCard(page, locale);
		await walkOnAfterCard(page, locale);
	});

	test(`${locale}: a partner with four of the eight risk factors sees the same`, async ({ page }) => {
		await startGuide(page, locale, 'partner');
		await answerSafetyCheck(page, locale, {
			weapon: 'no',
			threatToKill: 'no',
			mightKill: 'no',
			gun: 'yes',
			strangle: 'yes',
			separated: 'yes',
			stalking: 'yes',
			unemployed: 'unsure'
		});
		await expectSafetyCard(page, locale);
		await walkOnAfterCard(page, locale);
	});

	test(`${locale}: a parent with no danger goes through the guide as before`, async ({ page }) => {
		const t = catalogue(locale);
		await startGuide(page, locale, 'child');
		await expect(page.getByRole('group', { name: t.safety.check.questions.over60 })).toBeVisible();
		await expect(page.getByRole('group', { name: t.safety.check.questions.gun })).toBeHidden();
		await answerSafetyCheck(page, locale, {
			safeNow: 'yes',
			weapon: 'no',
			threatToKill: 'no',
			mightKill: 'no',
			lovedOneInCrisis: 'no',
			over60: 'no',
			harmed: 'no'
		});
		const walk = await walkSteps(page, locale);
		await activate(page, page.getByRole('link', { name: t.guide.decide.seeSaved }));
		await findSavedReachOut(page, locale, walk);
		await expectNoSafetyAnswersKept(page);
	});

	test(`${locale}: skipping the check goes through the guide as before`, async ({ page }) => {
		const t = catalogue(locale);
		await startGuide(page, locale, 'sibling');
		await activate(page, page.getByRole('link', { name: t.safety.check.skip }));
		const walk = await walkSteps(page, locale);
		await activate(page, page.getByRole('link', { name: t.guide.decide.seeSaved }));
		await findSavedReachOut(page, locale, walk);
		await expectNoSafetyAnswersKept(page);
	});
}

test('who reached out is remembered on this device and can be changed', async ({ page }) => {
	const t = catalogue('en');
	await startGuide(page, 'en', 'partner');
	await expect(page.getByRole('group', { name: t.safety.check.questions.gun })).toBeVisible();
	await page.goto('/en/guide');
	await expect(page.getByRole('radio', { name: t.safety.who.options.partner })).toBeChecked();
	await startGuide(page, 'en', 'parent');
	await expect(page.getByRole('group', { name: t.safety.check.questions.gun })).toBeHidden();
	await page.goto('/en/guide');
	await expect(page.getByRole('radio', { name: t.safety.who.options.parent })).toBeChecked();
});

test('answering that they are not somewhere safe offers quick exit and 911 at once', async ({ page }) => {
	const t = catalogue('es');
	await startGuide(page, 'es', 'other');
	const group = page.getByRole('group', { name: t.safety.check.questions.safeNow });
	await group.getByRole('radio', { name: t.safety.check.answers.no, exact: true }).check();
	const box = page.locator('[data-unsafe-here]');
	await expect(box.getByRole('heading', { name: t.safety.check.unsafeHere.title })).toBeVisible();
	await expect(box.getByRole('link', { name: format(t.crisis.call, { number: '911' }) })).toHaveAttribute(
		'href',
		'tel:911'
	);
	await page
		.context()
		.route('https://weather.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>Sunny</p>' }));
	await box.getByRole('link', { name: t.safety.check.unsafeHere.exit }).click();
	await expect(page).toHaveURL('https://weather.com/');
});

test('a loved one talking about suicide or overdose sends the person to the crisis page at once', async ({ page }) => {
	const t = catalogue('en');
	await startGuide(page, 'en', 'sibling');
	await answerSafetyCheck(page, 'en', { lovedOneInCrisis: 'yes' });
	await expect(page).toHaveURL(/\/en\/crisis$/);
	await expect(page.getByRole('link', { name: format(t.crisis.call, { number: '988' }) })).toBeVisible();
	await expectNoSafetyAnswersKept(page);
});

test('an older parent harmed by their adult child is shown Adult Protective Services through the Eldercare Locator', async ({
	page
}) => {
	const t = catalogue('en');
	await startGuide(page, 'en', 'child');
	await answerSafetyCheck(page, 'en', { over60: 'yes', harmed: 'yes' });
	const card = page.locator('[data-elder-card]');
	await expect(card).toBeFocused();
	await expect(card.getByRole('heading', { name: t.safety.elder.title })).toBeVisible();
	await expect(card.getByRole('link', { name: format(t.crisis.call, { number: '1-800-677-1116' }) })).toHaveAttribute(
		'href',
		'tel:18006771116'
	);
	await activate(page, card.getByRole('link', { name: t.safety.card.continue }));
	await expect(page).toHaveURL(/\/en\/guide\/pause$/);
	await expectNoSafetyAnswersKept(page);
});

test('"not sure" is not a yes, but the safety card is one tap away', async ({ page }) => {
	const t = catalogue('en');
	await startGuide(page, 'en', 'partner');
	await page.getByRole('button', { name: t.safety.check.showCard }).click();
	await expect(page.locator('[data-safety-card]')).toBeFocused();
	await expect(page.getByText(t.safety.card.lead)).toBeHidden();
	await answerSafetyCheck(page, 'en', { weapon: 'unsure', threatToKill: 'unsure', mightKill: 'unsure' });
	await expect(page).toHaveURL(/\/en\/guide\/pause$/);
});

test('the home page loads none of the guide: the safety check starts with the guide', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/en');
	await page.waitForLoadState('networkidle');
	expect(scripts.filter((path) => path !== '/js/app.js' && !path.startsWith('/js/chunk-'))).toEqual([]);
	expect(scripts).not.toContain('/js/guide.js');
});
