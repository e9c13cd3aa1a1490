import { z } from 'zod';
import { emptyPlanLists, limits, type PlanLists } from '../guide/reach-out.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';

// My plan: the member's boundaries, expectations, supports, signs of change and conditions for reconnection:
// the same five lists the guide's Steps 4 and 5 build. Every save is a new version, never an overwrite, so the
// member can look back at what they decided and when.

export const planListNames = ['conditions', 'boundaries', 'expectations', 'supports', 'signs'] as const;
export type PlanListName = (typeof planListNames)[number];

// Items are kept exactly as written (no trimming), so what was stored comes back byte for byte.
const item = z
	.string({ error: 'textInvalid' })
	.max(limits.item, 'itemTooLong')
	.refine((text) => text.trim() !== '', 'itemEmpty')
	// A lone surrogate (possible in JSON, never typed) cannot be stored as UTF-8 and would come back changed.
	.refine((text) => text.isWellFormed(), 'textInvalid');
const list = z.array(item, { error: 'listInvalid' }).max(limits.listItems, 'listTooLong');

export const planInput = z
	.object({
		conditions: list,
		boundaries: list,
		expectations: list,
		supports: list,
		signs: list,
		/** The version the change was made from; if another save came first, this one is refused (no lost edit). */
		baseVersion: z.int({ error: 'versionInvalid' }).min(0, 'versionInvalid').max(1_000_000, 'versionInvalid').optional()
	})
	.strict();

export interface PlanVersion {
	/** 1 for the first save; 0 for the empty plan of a member who never saved one. */
	version: number;
	savedAt: string | null;
	lists: PlanLists;
}

export interface PlanVersionSummary {
	version: number;
	savedAt: string;
}

/** Where the versions of each member's plan are kept; every call is scoped to one member. */
export interface PlanStore {
	latest(memberId: string): Promise<PlanVersion | undefined>;
	version(memberId: string, version: number): Promise<PlanVersion | undefined>;
	/** Newest first. */
	history(memberId: string): Promise<PlanVersionSummary[]>;
	/** Adds a version; false if that version number is already taken (another save came first). */
	append(memberId: string, id: string, version: PlanVersion & { savedAt: string }): Promise<boolean>;
}

export const emptyPlan = (): PlanVersion => ({ version: 0, savedAt: null, lists: emptyPlanLists() });

export async function getPlan(store: PlanStore, memberId: string): Promise<PlanVersion> {
	return (await store.latest(memberId)) ?? emptyPlan();
}

export async function getPlanVersion(store: PlanStore, memberId: string, version: number): Promise<PlanVersion> {
	const found = Number.isSafeInteger(version) ? await store.version(memberId, version) : undefined;
	if (!found) throw new DomainError('not_found', 'no such plan version');
	return found;
}

const sameLists = (a: PlanLists, b: PlanLists) =>
	planListNames.every((name) => a[name].length === b[name].length && a[name].every((x, i) => x === b[name][i]));

const changedElsewhere = () =>
	new DomainError('conflict', 'the plan was saved elsewhere first', [{ field: 'baseVersion', problem: 'planChanged' }]);

/** Saves the plan as a new version; saving what is already the latest version changes nothing. */
export async function savePlan(
	store: PlanStore,
	memberId: string,
	raw: unknown,
	id: string,
	now: Date
): Promise<PlanVersion> {
	const { baseVersion, ...lists } = parseInput(planInput, raw, 'plan');
	const latest = await getPlan(store, memberId);
	if (baseVersion !== undefined && baseVersion !== latest.version) throw changedElsewhere();
	if (latest.version > 0 && sameLists(latest.lists, lists)) return latest;
	const next = { version: latest.version + 1, savedAt: now.toISOString(), lists };
	if (!(await store.append(memberId, id, next))) throw changedElsewhere();
	return next;
}

/** The signs of change the member watches for, as the weekly check-in asks about them. */
export async function signsOfChange(store: PlanStore, memberId: string): Promise<string[]> {
	return (await getPlan(store, memberId)).lists.signs;
}
