import { expect, request as newRequest, test, type BrowserContext } from '@playwright/test';
import { catalogue } from '../src/lib/core/i18n/catalogue.ts';
import { signUpAndSignIn } from './members.ts';

// Leaving ends the account session too (issue #11): after "Wipe this device" or quick exit, the cookie the
// browser held, replayed from elsewhere, opens nothing.

const t = catalogue('en');

/** The browser's cookies for this site as a Cookie header, to replay from a client of its own later. */
async function cookieHeader(context: BrowserContext): Promise<string> {
	const cookies = await context.cookies();
	expect(cookies.length, 'signed in: the browser holds the session cookie').toBeGreaterThan(0);
	return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

/** GET /api/v1/account with exactly that Cookie header. */
async function accountStatus(baseURL: string, cookie: string): Promise<number> {
	const elsewhere = await newRequest.newContext({ baseURL, extraHTTPHeaders: { cookie } });
	try {
		return (await elsewhere.get('/api/v1/account')).status();
	} finally {
		await elsewhere.dispose();
	}
}

test('after "Wipe this device", the old session cookie opens nothing', async ({ page, context, baseURL }) => {
	await signUpAndSignIn(page.request, baseURL!, 'wipe');
	const cookie = await cookieHeader(context);
	expect(await accountStatus(baseURL!, cookie)).toBe(200);

	await page.goto('/en/device');
	await page.getByRole('button', { name: t.device.wipe }).click();
	await page.getByRole('button', { name: t.device.confirm }).click();
	await expect(page.getByText(t.device.wiped)).toBeVisible();

	expect(await accountStatus(baseURL!, cookie)).toBe(401);
	expect(await context.cookies()).toEqual([]);
});

test('after quick exit, the old session cookie opens nothing', async ({ page, context, baseURL }) => {
	await context.route('https://weather.com/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' })
	);
	await signUpAndSignIn(page.request, baseURL!, 'exit');
	const cookie = await cookieHeader(context);
	expect(await accountStatus(baseURL!, cookie)).toBe(200);

	await page.goto('/en/guide/pause');
	await page.waitForLoadState('load');
	await page.getByRole('link', { name: /Quick exit/ }).click();
	await expect(page).toHaveURL('https://weather.com/');

	// The beacon is delivered on its own time; it has arrived within a few seconds.
	await expect.poll(() => accountStatus(baseURL!, cookie), { timeout: 5_000 }).toBe(401);
});

test('a wipe that cannot reach Porchlight says the session is not ended yet, rather than "signed out"', async ({
	page,
	context,
	baseURL
}) => {
	await signUpAndSignIn(page.request, baseURL!, 'offline-wipe');
	await page.goto('/en/device');
	await page.getByRole('button', { name: t.device.wipe }).click();
	await context.setOffline(true);
	await page.getByRole('button', { name: t.device.confirm }).click();
	await expect(page.getByText(t.safeExit.wipe.signOutFailed)).toBeVisible();
	await expect(page.getByText(t.device.wiped)).toBeHidden();
	await context.setOffline(false);
});
