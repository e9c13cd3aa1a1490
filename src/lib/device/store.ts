import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { newReachOut, planListsOf, type PlanLists, type ReachOut } from '#lib/core/guide/reach-out.ts';
import type { SupportContact } from '#lib/core/guide/contact.ts';
import { relationships, type Relationship } from '#lib/core/safety/rule.ts';
import { newId } from './ids.ts';

// Everything the no-account mode keeps lives in this one IndexedDB database, so "wipe" can remove it whole.
export const databaseName = 'porchlight';

interface PorchlightDB extends DBSchema {
	reachOuts: { key: string; value: ReachOut };
	contacts: { key: string; value: SupportContact };
	/**
	 * 'draft': the reach-out in progress; 'plan': the lists the next reach-out starts from; 'relationship': who
	 * reached out, remembered for next time. Never the safety check's answers: those are not stored at all.
	 */
	state: { key: 'draft' | 'plan' | 'relationship'; value: ReachOut | PlanLists | Relationship };
}

let connection: Promise<IDBPDatabase<PorchlightDB>> | null = null;

function db(): Promise<IDBPDatabase<PorchlightDB>> {
	connection ??= openDB<PorchlightDB>(databaseName, 1, {
		upgrade(database) {
			database.createObjectStore('reachOuts', { keyPath: 'id' });
			database.createObjectStore('contacts', { keyPath: 'id' });
			database.createObjectStore('state');
		},
		// Another tab (or the wipe) wants the database gone or upgraded: let go of it at once.
		blocking() {
			closeStore();
		}
	});
	return connection;
}

export function closeStore(): void {
	const open = connection;
	connection = null;
	void open?.then((database) => database.close()).catch(() => undefined);
}

export async function getDraft(): Promise<ReachOut | undefined> {
	return (await (await db()).get('state', 'draft')) as ReachOut | undefined;
}

export async function putDraft(draft: ReachOut): Promise<void> {
	await (await db()).put('state', draft, 'draft');
}

/** A fresh reach-out, starting from the lists of the last one saved and the remembered relationship. */
export async function startDraft(locale: string): Promise<ReachOut> {
	const database = await db();
	const plan = (await database.get('state', 'plan')) as PlanLists | undefined;
	const draft = newReachOut(newId(), locale, new Date(), plan, await getRelationship());
	await database.put('state', draft, 'draft');
	return draft;
}

export async function getRelationship(): Promise<Relationship | null> {
	const value = await (await db()).get('state', 'relationship');
	return relationships.find((r) => r === value) ?? null;
}

/** Remembers who reached out, and puts it on the reach-out in progress. */
export async function setRelationship(relationship: Relationship): Promise<void> {
	const tx = (await db()).transaction('state', 'readwrite');
	const draft = (await tx.store.get('draft')) as ReachOut | undefined;
	await tx.store.put(relationship, 'relationship');
	if (draft) await tx.store.put({ ...draft, relationship, updatedAt: new Date().toISOString() }, 'draft');
	await tx.done;
}

export async function currentDraft(locale: string): Promise<ReachOut> {
	return (await getDraft()) ?? startDraft(locale);
}

/** Keeps the draft as a saved reach-out (again, if already saved: same id, no duplicate) and its lists as the plan. */
export async function saveReachOut(draft: ReachOut): Promise<ReachOut> {
	const now = new Date().toISOString();
	const saved: ReachOut = { ...draft, savedAt: draft.savedAt ?? now, updatedAt: now };
	const tx = (await db()).transaction(['reachOuts', 'state'], 'readwrite');
	await Promise.all([
		tx.objectStore('reachOuts').put(saved),
		tx.objectStore('state').put(planListsOf(saved), 'plan'),
		tx.objectStore('state').put(saved, 'draft'),
		tx.done
	]);
	return saved;
}

export async function listReachOuts(): Promise<ReachOut[]> {
	const all = await (await db()).getAll('reachOuts');
	return all.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
}

export async function deleteReachOut(id: string): Promise<void> {
	const tx = (await db()).transaction(['reachOuts', 'state'], 'readwrite');
	const draft = (await tx.objectStore('state').get('draft')) as ReachOut | undefined;
	await tx.objectStore('reachOuts').delete(id);
	if (draft?.id === id) await tx.objectStore('state').delete('draft');
	await tx.done;
}

/** Makes a saved reach-out the one in progress, so the guide opens it again. */
export async function openReachOut(id: string): Promise<boolean> {
	const database = await db();
	const reachOut = await database.get('reachOuts', id);
	if (!reachOut) return false;
	await database.put('state', reachOut, 'draft');
	return true;
}

export async function listContacts(): Promise<SupportContact[]> {
	const all = await (await db()).getAll('contacts');
	return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function addContact(name: string, phone: string): Promise<SupportContact> {
	const contact: SupportContact = { id: newId(), name, phone, createdAt: new Date().toISOString() };
	await (await db()).put('contacts', contact);
	return contact;
}

export async function removeContact(id: string): Promise<void> {
	await (await db()).delete('contacts', id);
}

/** The lists the next reach-out starts from, if any were saved on this device. */
export async function getPlanLists(): Promise<PlanLists | undefined> {
	return (await (await db()).get('state', 'plan')) as PlanLists | undefined;
}
