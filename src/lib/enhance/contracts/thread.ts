import type { Locale } from '#lib/core/i18n/catalogue.ts';

// Where a message thread's markup (components/messages/Thread.svelte) and its script (enhance/messages.ts)
// meet: the hooks the script finds things by, and what the section's data-* attributes carry. Both import this
// module, so a hook renamed on one side is renamed on the other. The crisis words inside each level's help
// belong to CrisisLevel.svelte, a component other pages share, and are not part of this contract.

/** What the thread's section carries for the script: its `dataset`. */
export interface ThreadDataset {
	/** The thread's id. */
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

/** The section's data-* attributes, spread in the markup: `<section {...threadData(…)}>`. */
export const threadData = (data: ThreadDataset): Record<`data-${keyof ThreadDataset}`, string> =>
	Object.fromEntries(Object.entries(data).map(([key, value]) => [`data-${key}`, value])) as Record<
		`data-${keyof ThreadDataset}`,
		string
	>;

/** The section's dataset, as threadData wrote it. */
export const threadDataOf = (section: HTMLElement): ThreadDataset => section.dataset as unknown as ThreadDataset;

/** The data-* attributes the script looks for, by what they mark. */
export const threadAttr = {
	section: 'data-thread',
	liveNote: 'data-live-note',
	empty: 'data-empty',
	sendForm: 'data-send-form',
	sendStatus: 'data-send-status',
	/** Carries the message's id. */
	message: 'data-message-id',
	who: 'data-who',
	when: 'data-when',
	body: 'data-body',
	crisisMarker: 'data-crisis-marker',
	/** Carries the level ('urgent' or 'concern') of the crisis help it wraps. */
	crisisLevel: 'data-crisis-level'
} as const;

type Attrs = typeof threadAttr;

/** Marks for the markup, spread on the element: `<p {...threadMark.liveNote}>`. */
export const threadMark = Object.fromEntries(
	Object.entries(threadAttr).map(([name, attribute]) => [name, { [attribute]: '' }])
) as { [K in keyof Attrs]: { [A in Attrs[K]]: '' } };

/** The marks that carry a value: a message's id, a crisis help's level. */
export const messageMark = (id: string) => ({ [threadAttr.message]: id });
export const crisisLevelMark = (level: string) => ({ [threadAttr.crisisLevel]: level });

/** The ids the markup gives the list, the new message's template and the crisis help. */
export const threadIds = { list: 'thread-messages', template: 'message-template', crisisNow: 'crisis-now' } as const;

/** Selectors for the script: every mark, and the elements with an id. */
export const threadSelect = {
	...(Object.fromEntries(Object.entries(threadAttr).map(([name, attribute]) => [name, `[${attribute}]`])) as {
		[K in keyof Attrs]: `[${Attrs[K]}]`;
	}),
	list: `#${threadIds.list}`,
	template: `#${threadIds.template}`,
	crisisNow: `#${threadIds.crisisNow}`,
	crisisLevelOf: (level: string) => `[${threadAttr.crisisLevel}="${level}"]`
} as const;
