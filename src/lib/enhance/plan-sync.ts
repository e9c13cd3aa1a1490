import { limits, type PlanLists } from '#lib/core/guide/reach-out.ts';
import type { DraftSession } from './draft-session.ts';
import { PlanSyncMark, type PlanSyncData } from './plan-sync.contract.ts';
import { $, announce, dataOf, reveal, text } from './dom.ts';
import type { ListController } from './editable-list.ts';

// The guide's Steps 4 and 5 with an account: the lists can start from the account's plan and be saved back to it.
// GET /api/v1/plan answers 200 only to a signed-in person; anyone else (or anyone offline) sees no change at all.

interface AccountPlan {
	version: number;
	lists: PlanLists;
}

async function readPlan(): Promise<AccountPlan | null> {
	try {
		const response = await fetch('/api/v1/plan', { headers: { accept: 'application/json' }, cache: 'no-store' });
		// The body is read even for a refusal: a response left unread keeps its request open.
		const body = await response.text();
		return response.ok ? (JSON.parse(body) as AccountPlan) : null;
	} catch {
		return null;
	}
}

/** A list as the plan keeps it: items trimmed, blank ones (emptied in place) left out. */
const tidy = (items: readonly string[]) =>
	items.map((item) => item.trim().slice(0, limits.item)).filter((item) => item !== '');

export async function bindPlanSync(
	section: HTMLElement,
	session: DraftSession,
	controllers: Map<string, ListController>,
	locale: string
): Promise<void> {
	let known = await readPlan();
	if (!known) return;
	const names = (dataOf<PlanSyncData>(section).lists ?? '').split(' ').filter(Boolean) as Array<keyof PlanLists>;
	const status = $(`[${PlanSyncMark.status}]`, section);
	const buttons = [...section.querySelectorAll<HTMLButtonElement>('button')];
	const say = (key: Extract<keyof PlanSyncData, string>, values: Record<string, string | number> = {}) =>
		announce(status, text<PlanSyncData>(section, key, values));

	/** One request at a time: the buttons wait while it runs. */
	const busy = async (work: () => Promise<void>) => {
		for (const button of buttons) button.disabled = true;
		try {
			await work();
		} finally {
			for (const button of buttons) button.disabled = false;
		}
	};

	$(`[${PlanSyncMark.start}]`, section)!.addEventListener('click', () =>
		busy(async () => {
			const plan = await readPlan();
			if (!plan) return say('failed');
			known = plan;
			if (plan.version === 0) return say('startedEmpty');
			await session.update((draft) => {
				for (const name of names) draft[name] = [...plan.lists[name]];
			});
			for (const name of names) controllers.get(name)?.refresh();
			say('started', { version: plan.version });
		})
	);

	$(`[${PlanSyncMark.save}]`, section)!.addEventListener('click', () =>
		busy(async () => {
			const base = known!;
			// The lists on this page from the device; the others as the plan had them.
			const lists = { ...base.lists };
			for (const name of names) lists[name] = tidy(session.draft[name]);
			let response: Response;
			try {
				response = await fetch('/api/v1/plan', {
					method: 'PUT',
					headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': locale },
					body: JSON.stringify({ ...lists, baseVersion: base.version })
				});
			} catch {
				return say('failed');
			}
			if (response.ok) {
				known = (await response.json()) as AccountPlan;
				return say('saved', { version: known.version });
			}
			if (response.status === 409) {
				await response.text();
				// Saving again now keeps these lists, knowingly: the next save is based on the plan as it is now.
				known = (await readPlan()) ?? base;
				return say('conflict');
			}
			if (response.status === 400) {
				const problem = (await response.json().catch(() => ({}))) as { detail?: string };
				return say('invalid', { problem: problem.detail ?? '' });
			}
			await response.text().catch(() => '');
			say('failed');
		})
	);

	reveal(section);
}
