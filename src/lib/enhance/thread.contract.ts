import type { Locale } from '#lib/core/i18n/catalogue.ts';

// Where a message thread's markup (components/messages/Thread.svelte) and its script (enhance/messages.ts)
// meet: the hooks the script finds things by, and what the section's data-* attributes carry. Both import this
// module, so a hook renamed on one side is renamed on the other. The crisis words inside each level's help
// belong to CrisisLevel.svelte (crisis-level.contract.ts), a component other pages share.

/** What the thread's section carries for the script, written with `dataAttributes<ThreadData>`. */
export interface ThreadData {
	/** The thread's id; the script finds the section by it (`threadSection`). */
	thread: string;
	as: 'member' | 'specialist';
	/** Where the script listens (SSE), posts a message, and marks the thread read. */
	stream: string;
	post: string;
	read: string;
	locale: Locale;
	/** The words the script writes: who wrote a message, and how sending went. */
	you: string;
	other: string;
	sent: string;
	failed: string;
}

/** The section's dataset, as the markup wrote it: every key is always there. */
export const threadDataOf = (section: HTMLElement): ThreadData => section.dataset as unknown as ThreadData;

/** The section: the element whose dataset names the thread. */
export const threadSection = '[data-thread]';

/** The elements the script finds, each marked by one data attribute. */
export enum ThreadMark {
	liveNote = 'data-live-note',
	empty = 'data-empty',
	sendForm = 'data-send-form',
	sendStatus = 'data-send-status',
	/** Carries the message's id. */
	message = 'data-message-id',
	who = 'data-who',
	when = 'data-when',
	body = 'data-body',
	crisisMarker = 'data-crisis-marker',
	/** Carries the level ('urgent' or 'concern') of the crisis help it wraps. */
	crisisLevel = 'data-crisis-level'
}

/** The ids the markup gives the list, the new message's template and the crisis help. */
export const threadIds = { list: 'thread-messages', template: 'message-template', crisisNow: 'crisis-now' } as const;
