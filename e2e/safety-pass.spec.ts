import { expect, test, type Page } from '@playwright/test';
import { catalogue, locales, type Locale } from '../src/lib/core/i18n/catalogue.ts';
import { guideSteps, passWords } from '../src/lib/core/guide/steps.ts';
import { expectNoViolations } from './axe.ts';
import { answerSafetyCheck, startGuide } from './guide-walk.ts';
import { everythingStored } from './storage.ts';

// The pass after the safety card (issue 14): it speaks of safety from its first step to its closing words, on a
// phone, and nothing on the device notes the safety card until the person chooses to save.

test.use({ viewport: { width: 375, height: 740 } });

const reconnectionWording = /reconnect|reconect|re-engage|door reopens|puerta|vuelve a abrir|tus términos|your terms/i;

/** What the person can see that frames the page: its headings and the guide's progress. */
async function visibleFrame(page: Page): Promise<string[]> {
	return page.locator('h1:visible, h2:visible, h3:visible, nav.progress li:visible').allInnerTexts();
}

/** Every store this origin has (IndexedDB, both storages, cookies): none says the safety card was shown. */
async function expectSafetyCardNotNoted(page: Page): Promise<void> {
	const stored = await everythingStored(page);
	expect(stored).not.toContain('"safetyCardShown":true');
	expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
}

async function walkThePass(page: Page, locale: Locale): Promise<void> {
	const t = catalogue(locale);
	const pass = passWords(t, true);
	await page.locator('[data-safety-card]').getByRole('link', { name: t.safety.card.continue }).click();
	for (const [index, step] of guideSteps.entries()) {
		await expect(page).toHaveURL(new RegExp(`/${locale}/guide/${step.slug}$`));
		await page.locator('[data-guide-step][data-ready]').waitFor();
		// Both words are in the page (without a script, the guide's own show); the pass shows its own alone.
		await expect(page.getByRole('heading', { level: 1, name: pass.titles[step.name], exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(pass.titles[step.name], { useInnerText: true });
		await expect(page).toHaveTitle(`${pass.titles[step.name]} · ${t.meta.siteName}`);
		await expect(page.locator('nav.progress [aria-current="step"]')).toHaveText(pass.stepNames[step.name], {
			useInnerText: true
		});
		for (const line of await visibleFrame(page)) expect(line).not.toMatch(reconnectionWording);
		if (step.name === 'conditions' || step.name === 'decide') await expectNoViolations(page, `${step.slug}, ${locale}`);
		await expectSafetyCardNotNoted(page);
		if (index < guideSteps.length - 1) await page.getByRole('link', { name: `${t.guide.next} →` }).click();
	}
}

for (const locale of locales) {
	test(`${locale}: the high-danger pass speaks of safety from start to end, and only saving notes the safety card`, async ({
		page
	}) => {
		const t = catalogue(locale);
		const pass = passWords(t, true);
		await page.goto('about:blank');
		await startGuide(page, locale, 'partner');
		await answerSafetyCheck(page, locale, { threatToKill: 'yes' });
		await expect(page.locator('[data-safety-card]')).toBeFocused();
		await expectSafetyCardNotNoted(page);
		await walkThePass(page, locale);

		// Decide closes in words of safety; the closing for reconnecting is not shown.
		await expect(page.getByRole('heading', { name: pass.closingTitle })).toBeVisible();
		for (const line of pass.closing) await expect(page.getByText(line)).toBeVisible();
		await expect(page.getByRole('heading', { name: t.guide.decide.closingTitle })).toBeHidden();

		// A choice is written to the reach-out in progress at once; the safety card still is not.
		await page.getByRole('radio', { name: t.guide.decide.choices.notYet }).check();
		await expect.poll(() => everythingStored(page)).toContain(t.safetyReplies.notYet);
		await expectSafetyCardNotNoted(page);

		await page.getByRole('button', { name: t.guide.decide.save }).click();
		await expect(page.getByText(t.guide.decide.saved)).toBeVisible();
		expect(await everythingStored(page)).toContain('"safetyCardShown":true');
	});
}
