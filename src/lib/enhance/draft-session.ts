import type { ReachOut } from '#lib/core/guide/reach-out.ts';
import { putDraft } from '#lib/device/store.ts';
import { track } from './pending.ts';

/** The reach-out in progress on this page: every change is written to the device at once. */
export class DraftSession {
	#listeners = new Set<(draft: ReachOut) => void>();

	constructor(public draft: ReachOut) {}

	update(change: (draft: ReachOut) => void): Promise<void> {
		change(this.draft);
		this.draft.updatedAt = new Date().toISOString();
		for (const listener of this.#listeners) listener(this.draft);
		// A structured clone of the state at this moment; later changes queue their own writes in order.
		return track(putDraft(structuredClone(this.draft)));
	}

	onChange(listener: (draft: ReachOut) => void): void {
		this.#listeners.add(listener);
	}
}
