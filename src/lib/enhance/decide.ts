import { buildReply, type ReplyTemplates } from '#lib/core/guide/reply.ts';
import { isAllowedTo } from '#lib/core/guide/reach-out.ts';
import { saveReachOut } from '#lib/device/store.ts';
import type { DraftSession } from './draft-session.ts';
import { $, announce, readJson, reveal, text } from './dom.ts';
import { track } from './pending.ts';

/** Decide: a choice builds the draft reply from the person's conditions; "Save" keeps the reach-out on the device. */
export function bindDecide(session: DraftSession): void {
	const templates = readJson<ReplyTemplates>('reply-templates');
	const reply = document.getElementById('reply') as HTMLTextAreaElement;

	for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="choice"]')) {
		radio.addEventListener('change', () => {
			if (!radio.checked || !isAllowedTo(radio.value)) return;
			const choice = radio.value;
			const draftReply = buildReply(templates, {
				choice,
				conditions: session.draft.conditions,
				boundaries: session.draft.boundaries
			});
			reply.value = draftReply;
			void session.update((draft) => (draft.reply = draftReply));
		});
	}

	const section = $('[data-save-section]');
	const button = $('[data-save-reach-out]');
	const status = $('[data-save-status]');
	if (!section || !button) return;
	reveal(section);
	button.addEventListener('click', async () => {
		try {
			session.draft = await track(saveReachOut(session.draft));
			announce(status, text(button, 'saved'));
		} catch {
			announce(status, text(button, 'failed'));
		}
	});
}
