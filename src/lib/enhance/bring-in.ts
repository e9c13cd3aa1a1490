// "Save to my account": copies the device's saved reach-outs, contacts and lists into the account. Each item
// carries its device id, so pressing it twice adds nothing new; reach-outs go in small batches, each stored whole.
import { importFromDevice } from '#lib/core/device-import/from-device.ts';
import { savedToAccount, type SavedWords } from '#lib/core/device-import/saved-message.ts';
import { getPlanLists, listContacts, listReachOuts } from '#lib/device/store.ts';
import { BringInMark, type BringInData } from './bring-in.contract.ts';
import { $, announce, dataOf, reveal, text } from './dom.ts';

const batchSize = 20;

interface ImportResult {
	reachOuts: { added: number };
	contacts: { added: number };
	plan: { itemsAdded: number };
}

async function post(body: unknown): Promise<ImportResult> {
	const response = await fetch('/api/v1/import', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`import answered ${response.status}`);
	return (await response.json()) as ImportResult;
}

async function bringIn(section: HTMLElement): Promise<string> {
	const data = importFromDevice(await listReachOuts(), await listContacts(), await getPlanLists(), {
		replyDrafted: dataOf<BringInData>(section).replyDrafted ?? ''
	});
	const reachOuts = data.reachOuts ?? [];
	const totals = { reachOuts: 0, contacts: 0, items: 0 };
	for (let start = 0; start === 0 || start < reachOuts.length; start += batchSize) {
		const batch = reachOuts.slice(start, start + batchSize);
		const result = await post(start === 0 ? { ...data, reachOuts: batch } : { reachOuts: batch });
		totals.reachOuts += result.reachOuts.added;
		totals.contacts += result.contacts.added;
		totals.items += result.plan.itemsAdded;
	}
	const words = dataOf<BringInData>(section);
	const saved: SavedWords = { done: words.done ?? '', added: JSON.parse(words.added ?? '{}') as SavedWords['added'] };
	return savedToAccount(saved, totals, document.documentElement.lang);
}

export async function setUpBringIn(): Promise<void> {
	const section = $(`[${BringInMark.root}]`);
	if (!section) return;
	// Signed in? Only the server knows (the cookie is HttpOnly). Offline or signed out: the section stays hidden.
	const account = await fetch('/api/v1/account', { headers: { accept: 'application/json' } }).catch(() => null);
	// Read to the end: a body left unread keeps the request open (and the page never "idle").
	await account?.text().catch(() => '');
	if (!account?.ok) return;
	reveal(section);
	const button = $(`[${BringInMark.button}]`, section) as HTMLButtonElement;
	const status = $(`[${BringInMark.status}]`, section);
	button.addEventListener('click', async () => {
		button.disabled = true;
		announce(status, text<BringInData>(section, 'working'));
		try {
			announce(status, await bringIn(section));
		} catch {
			announce(status, text<BringInData>(section, 'failed'));
		} finally {
			button.disabled = false;
		}
	});
}
