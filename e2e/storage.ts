import { expect, type Page } from '@playwright/test';
import { elderQuestions, generalQuestions, partnerFactors } from '../src/lib/core/safety/rule.ts';

/** Everything this origin has stored in the browser, as text: every IndexedDB record, both storages, cookies. */
export async function everythingStored(page: Page): Promise<string> {
	const inBrowser = await page.evaluate(async () => {
		const dump: Record<string, unknown> = { local: { ...localStorage }, session: { ...sessionStorage } };
		for (const info of await indexedDB.databases()) {
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of database.objectStoreNames) {
				const tx = database.transaction(store);
				const [keys, values] = await Promise.all(
					['getAllKeys', 'getAll'].map(
						(method) =>
							new Promise<unknown[]>((resolve) => {
								const request = (tx.objectStore(store) as unknown as Record<string, () => IDBRequest<unknown[]>>)[
									method
								]!();
								request.onsuccess = () => resolve(request.result);
							})
					)
				);
				dump[`${info.name}/${store}`] = { keys, values };
			}
			database.close();
		}
		return dump;
	});
	const cookies = await page.context().cookies();
	return JSON.stringify({ ...inBrowser, cookies });
}

/** The safety check's answers are nowhere: not in storage, cookies, the URL or the session history. */
export async function expectNoSafetyAnswersKept(page: Page): Promise<void> {
	const stored = await everythingStored(page);
	for (const question of [...generalQuestions, ...partnerFactors, ...elderQuestions]) {
		expect(stored, `"${question}" is stored`).not.toContain(question);
	}
	expect(stored).not.toContain('unsure');
	const url = new URL(page.url());
	expect(url.search).toBe('');
	expect(url.hash).toBe('');
	// Moving through Porchlight replaced the entry each time: nothing before it in this tab but the blank page.
	expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
}
