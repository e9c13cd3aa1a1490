import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { format } from '../src/lib/core/i18n/format.ts';
import { generalQuestions, type SafetyAnswer, type SafetyQuestion } from '../src/lib/core/safety/rule.ts';
import { everythingStored } from './storage.ts';

// The safety check when the browser does not cooperate (issue #11): scripts off, IndexedDB refused, storage and
// cookies blocked. Whatever is refused, no answer reaches a request, the URL, the history, storage or the console.

const t = catalogue('en');
const check = t.safety.check;

/** Every request of the context (pages, beacons, the worker) and every console line, kept as text. */
function watch(context: BrowserContext, page: Page) {
	const seen: string[] = [];
	context.on('request', (request) => seen.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
	page.on('framenavigated', (frame) => seen.push(`navigated ${frame.url()}`));
	page.on('console', (message) => seen.push(`console ${message.text()}`));
	return seen;
}

function expectNoAnswerIn(seen: string[]): void {
	expect(seen.length, 'the watch saw the page load').toBeGreaterThan(0);
	for (const line of seen) {
		for (const question of generalQuestions) expect(line, `"${question}" left the page`).not.toContain(question);
		expect(line).not.toMatch(/[?&][^=]+=(yes|no|unsure)\b/);
	}
}

async function expectNothingKept(page: Page): Promise<void> {
	expect(new URL(page.url()).search).toBe('');
	expect(new URL(page.url()).hash).toBe('');
	// about:blank, then the check: Enter, buttons and Continue added no entry.
	expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
	// Storage as the browser holds it, read from a page of the same origin that refuses nothing.
	const reader = await page.context().newPage();
	await reader.goto('/healthz');
	const stored = await everythingStored(reader);
	for (const question of generalQuestions) expect(stored, `"${question}" is stored`).not.toContain(question);
	expect(stored).not.toContain('unsure');
	await reader.close();
}

/** Chooses each answer by clicking it, then presses Enter in that field, as someone expecting a form would. */
async function chooseAndPressEnter(page: Page, answers: Partial<Record<SafetyQuestion, SafetyAnswer>>) {
	for (const [question, answer] of Object.entries(answers) as Array<[SafetyQuestion, NonNullable<SafetyAnswer>]>) {
		const radio = page
			.getByRole('group', { name: check.questions[question] })
			.getByRole('radio', { name: check.answers[answer], exact: true });
		await radio.check();
		await radio.press('Enter');
	}
}

const nothingWillDo = {
	indexedDB: () => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'UnknownError');
		};
	},
	indexedDBFails: () => {
		// The other way a refusal looks: the open request fails a moment later, as Chromium's does with site data off.
		IDBFactory.prototype.open = function () {
			const request = Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype) as IDBOpenDBRequest;
			const error = new DOMException('The user denied permission to access the database.', 'UnknownError');
			Object.defineProperties(request, {
				error: { value: error },
				result: {
					get: () => {
						throw error;
					}
				}
			});
			setTimeout(() => request.dispatchEvent(new Event('error')), 10);
			return request;
		};
	},
	storageAndCookies: () => {
		const refuse = () => {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		};
		IDBFactory.prototype.open = refuse;
		Object.defineProperty(window, 'localStorage', { get: refuse });
		Object.defineProperty(window, 'sessionStorage', { get: refuse });
		Object.defineProperty(Document.prototype, 'cookie', { get: refuse, set: refuse });
	}
};

test.beforeEach(async ({ page }) => {
	await page.goto('about:blank');
});

test.describe('with scripts off', () => {
	test.use({ javaScriptEnabled: false });

	test('the questions cannot be submitted, say they need scripts, and the card and skip link are there', async ({
		page,
		context
	}) => {
		const seen = watch(context, page);
		await page.goto('/en/guide/safety');
		await expect(page.getByText(t.safeExit.check.noScript)).toBeVisible();
		await expect(page.locator('form')).toHaveCount(0);
		await expect(page.getByRole('button', { name: check.continue })).toBeHidden();
		await expect(page.getByRole('link', { name: check.skip })).toBeVisible();
		const card = page.locator('[data-safety-card]');
		await expect(card).toBeVisible();
		for (const number of ['911', '1-800-799-7233'])
			await expect(card.getByRole('link', { name: format(t.crisis.call, { number }) })).toBeVisible();

		await chooseAndPressEnter(page, { safeNow: 'no', weapon: 'yes', threatToKill: 'yes', mightKill: 'unsure' });
		for (const button of await page.getByRole('button').all()) if (await button.isVisible()) await button.click();
		await page.waitForLoadState('networkidle');

		await expect(page).toHaveURL(/\/en\/guide\/safety$/);
		expectNoAnswerIn(seen);
		await expectNothingKept(page);
	});
});

for (const [refused, initScript] of [
	['IndexedDB refused (open throws)', nothingWillDo.indexedDB],
	['IndexedDB refused (open fails)', nothingWillDo.indexedDBFails],
	['storage and cookies blocked', nothingWillDo.storageAndCookies]
] as const) {
	test(`with ${refused}, a threat to kill still shows the safety card and nothing of the answers leaves the page`, async ({
		page,
		context
	}) => {
		await page.addInitScript(initScript);
		const seen = watch(context, page);
		await page.goto('/en/guide/safety');
		await page.locator('[data-guide-step][data-ready]').waitFor();

		await chooseAndPressEnter(page, { safeNow: 'no', threatToKill: 'yes', mightKill: 'unsure' });
		await expect(page.locator('[data-unsafe-here]')).toBeVisible();
		await page.getByRole('button', { name: check.continue }).press('Enter');

		const card = page.locator('[data-safety-card]');
		await expect(card).toBeFocused();
		await expect(card.getByText(t.safety.card.lead)).toBeVisible();
		await expect(page.locator('[data-safety-form]')).toBeHidden();
		await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
		await page.waitForLoadState('networkidle');
		await expect(page).toHaveURL(/\/en\/guide\/safety$/);
		expectNoAnswerIn(seen);
		await expectNothingKept(page);
	});
}

test('with storage refused, a loved one in crisis still leads to the crisis page, with no answer in its address', async ({
	page,
	context
}) => {
	await page.addInitScript(nothingWillDo.storageAndCookies);
	const seen = watch(context, page);
	await page.goto('/en/guide/safety');
	await page.locator('[data-guide-step][data-ready]').waitFor();
	await chooseAndPressEnter(page, { lovedOneInCrisis: 'yes' });
	await page.getByRole('button', { name: check.continue }).click();
	await expect(page).toHaveURL(/\/en\/crisis$/);
	expectNoAnswerIn(seen);
	await expectNothingKept(page);
});
