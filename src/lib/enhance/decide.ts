import { buildReply, type ReplyTemplates } from '#lib/core/guide/reply.ts';
import { choicesFor, isAllowedTo } from '#lib/core/guide/reach-out.ts';
import { saveReachOut } from '#lib/device/store.ts';
import type { DraftSession } from './draft-session.ts';
import { DecideMark, type SaveButtonData } from './decide.contract.ts';
import { $, announce, readJson, text } from './dom.ts';
import { track } from './pending.ts';

/**
 * Decide: a choice builds the draft reply from the person's conditions; "Save" keeps the reach-out on the device,
 * and only then records whether this pass followed the safety card (safety-pass.ts).
 */
export function bindDecide(session: DraftSession, safetyCardShown: boolean): void {
	const templates = readJson<ReplyTemplates>('reply-templates');
	const reply = document.getElementById('reply') as HTMLTextAreaElement;
	const offered = choicesFor(safetyCardShown);

	// A choice made before the safety card was shown is not offered now: the decision starts afresh.
	if (session.draft.choice && !offered.includes(session.draft.choice)) {
		reply.value = '';
		void session.update((draft) => {
			draft.choice = null;
			draft.reply = '';
		});
	}

	for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="choice"]')) {
		if (radio.checked && !offered.some((choice) => choice === radio.value)) radio.checked = false;
		radio.addEventListener('change', () => {
			if (!radio.checked || !isAllowedTo(radio.value)) return;
			const choice = radio.value;
			const draftReply = buildReply(templates, {
				choice,
				conditions: session.draft.conditions,
				boundaries: session.draft.boundaries,
				safetyCardShown
			});
			reply.value = draftReply;
			void session.update((draft) => (draft.reply = draftReply));
		});
	}

	const section = $(`[${DecideMark.section}]`);
	const button = $(`[${DecideMark.save}]`);
	const status = $(`[${DecideMark.status}]`);
	if (!section || !button) return;
	button.addEventListener('click', async () => {
		try {
			session.draft = await track(saveReachOut({ ...session.draft, safetyCardShown }));
			announce(status, text<SaveButtonData>(button, 'saved'));
		} catch {
			announce(status, text<SaveButtonData>(button, 'failed'));
		}
	});
}
