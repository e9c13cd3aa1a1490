// The member's sessions page: its time zone form (account/guidance/sessions/+page.svelte) ↔ session-zone.ts.
export enum SessionZoneMark {
	form = 'data-zone-form'
}
