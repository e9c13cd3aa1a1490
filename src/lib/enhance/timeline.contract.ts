// The timeline's "Add a reach-out" form: ReachOutForm.svelte ↔ timeline.ts (the field that starts at "now").
export enum ReachOutFormMark {
	startsNow = 'data-starts-now'
}
