import { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { isPhoneNumber } from '../shared/phone.ts';

// Support contacts kept in the account: someone to call or text when it gets hard. Names and numbers are
// stored encrypted. The same rules as on the device (src/lib/core/guide/contact.ts).

export const contactInput = z
	.object({
		name: z.string({ error: 'contactName' }).trim().min(1, 'contactName').max(60, 'contactName'),
		phone: z
			.string({ error: 'contactPhone' })
			.max(40, 'contactPhone')
			.trim()
			.refine((phone) => isPhoneNumber(phone, 3, 20), 'contactPhone')
	})
	.strict();

export interface ContactEntry {
	id: string;
	name: string;
	phone: string;
	createdAt: string;
}

export interface ContactStore {
	list(memberId: string): Promise<ContactEntry[]>;
	/** Adds a contact; with a source id (from the device), false if that one is already here. */
	insert(memberId: string, entry: ContactEntry, sourceId?: string): Promise<boolean>;
	remove(memberId: string, id: string): Promise<boolean>;
}

export async function addContact(
	store: ContactStore,
	memberId: string,
	raw: unknown,
	id: string,
	now: Date
): Promise<ContactEntry> {
	const entry = { ...parseInput(contactInput, raw, 'contact'), id, createdAt: now.toISOString() };
	await store.insert(memberId, entry);
	return entry;
}

export async function removeContact(store: ContactStore, memberId: string, id: string): Promise<void> {
	if (!(await store.remove(memberId, id))) throw new DomainError('not_found', 'no such contact');
}
