// My plan's Print button: account/plan/+page.svelte ↔ plan.ts.
export enum PlanPageMark {
	print = 'data-print'
}
