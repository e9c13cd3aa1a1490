import { z } from 'zod';
import { contactInput, type ContactStore } from '../contacts/contacts.ts';
import { limits, type PlanLists } from '../guide/reach-out.ts';
import { getPlan, planInput, planListNames, savePlan, type PlanStore } from '../plan/plan.ts';
import { parseInput } from '../shared/parse.ts';
import { newReachOutInput, type ReachOutStore } from '../timeline/reach-outs.ts';

// "Save to my account": what the guide kept on the device (saved reach-outs, support contacts, the plan's
// lists) comes into the account in one transaction. Each device item carries its device id (sourceId); one
// already brought in is skipped, so doing it twice adds nothing.

const sourceId = z.string({ error: 'sourceInvalid' }).min(1, 'sourceInvalid').max(100, 'sourceInvalid');

export const importLimits = { reachOuts: 300, contacts: 100 } as const;

export const importInput = z
	.object({
		reachOuts: z
			.array(newReachOutInput.extend({ sourceId }), { error: 'listInvalid' })
			.max(importLimits.reachOuts, 'importTooLarge')
			.default([]),
		contacts: z
			.array(contactInput.extend({ sourceId }), { error: 'listInvalid' })
			.max(importLimits.contacts, 'importTooLarge')
			.default([]),
		plan: planInput.omit({ baseVersion: true }).optional()
	})
	.strict();
export type ImportInput = z.input<typeof importInput>;

export interface ImportStores {
	reachOuts: ReachOutStore;
	contacts: ContactStore;
	plans: PlanStore;
}

/** Runs the work in one database transaction: all of it is stored, or none. */
export type InTransaction = <T>(work: (stores: ImportStores) => Promise<T>) => Promise<T>;

export interface ImportResult {
	reachOuts: { added: number; alreadyThere: number };
	contacts: { added: number; alreadyThere: number };
	plan: { itemsAdded: number; version: number };
}

/** The account's lists, then each device item not already in them, up to the length a list may have. */
export function mergeLists(account: PlanLists, device: PlanLists): PlanLists {
	const merged = {} as PlanLists;
	for (const name of planListNames) {
		const seen = new Set(account[name].map((item) => item.trim()));
		const added = device[name].filter((item) => !seen.has(item.trim()) && seen.add(item.trim()));
		merged[name] = [...account[name], ...added].slice(0, limits.listItems);
	}
	return merged;
}

const countItems = (lists: PlanLists) => planListNames.reduce((sum, name) => sum + lists[name].length, 0);

export async function importDeviceData(
	inTransaction: InTransaction,
	memberId: string,
	raw: unknown,
	newId: () => string,
	now: Date
): Promise<ImportResult> {
	const input = parseInput(importInput, raw, 'import');
	return inTransaction(async ({ reachOuts, contacts, plans }) => {
		const result: ImportResult = {
			reachOuts: { added: 0, alreadyThere: 0 },
			contacts: { added: 0, alreadyThere: 0 },
			plan: { itemsAdded: 0, version: 0 }
		};
		for (const { sourceId: source, ...fields } of input.reachOuts) {
			const entry = {
				...fields,
				occurredAt: new Date(fields.occurredAt).toISOString(),
				id: newId(),
				createdAt: now.toISOString(),
				updatedAt: now.toISOString()
			};
			if (await reachOuts.insert(memberId, entry, source)) result.reachOuts.added++;
			else result.reachOuts.alreadyThere++;
		}
		for (const { sourceId: source, ...fields } of input.contacts) {
			const entry = { ...fields, id: newId(), createdAt: now.toISOString() };
			if (await contacts.insert(memberId, entry, source)) result.contacts.added++;
			else result.contacts.alreadyThere++;
		}
		const current = await getPlan(plans, memberId);
		const merged = input.plan ? mergeLists(current.lists, input.plan) : current.lists;
		const itemsAdded = countItems(merged) - countItems(current.lists);
		const saved = itemsAdded
			? await savePlan(plans, memberId, { ...merged, baseVersion: current.version }, newId(), now)
			: current;
		result.plan = { itemsAdded, version: saved.version };
		return result;
	});
}
