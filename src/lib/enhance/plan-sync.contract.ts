// The guide's lists with an account's plan: PlanSync.svelte ↔ plan-sync.ts.
export enum PlanSyncMark {
	root = 'data-plan-sync',
	start = 'data-plan-start',
	save = 'data-plan-save',
	status = 'data-plan-status'
}

/** `lists`: the page's list names, space-separated; the rest are words (`started` and `saved` have {version}). */
export interface PlanSyncData {
	lists: string;
	started: string;
	startedEmpty: string;
	saved: string;
	conflict: string;
	failed: string;
	invalid: string;
}
