// The guide's pages: the reach-out in progress is read from the device and every answer written back at once.
import { getDraft, startDraft, currentDraft } from '#lib/device/store.ts';
import { bindBreathing } from './breathing.ts';
import { bindContacts } from './contacts.ts';
import { bindCopyAndShare } from './copy.ts';
import { bindDecide } from './decide.ts';
import { $, $$, reveal } from './dom.ts';
import { bindDraftFields } from './draft-fields.ts';
import { DraftSession } from './draft-session.ts';
import { bindEditableList, type ListController } from './editable-list.ts';
import { track } from './pending.ts';

const root = $('[data-guide-step]')!;
const locale = root.dataset.locale ?? 'en';
const step = root.dataset.guideStep;

async function intro(): Promise<void> {
	const draft = await getDraft();
	const started = draft && draft.updatedAt !== draft.createdAt;
	if (!started) return;
	reveal($('[data-resume]'));
	$('[data-begin]')!.hidden = true;
	$('[data-start-over]')!.addEventListener('click', async () => {
		await track(startDraft(locale));
		location.replace(`/${locale}/guide/pause`);
	});
}

async function stepPage(): Promise<void> {
	const session = new DraftSession(await currentDraft(locale));
	bindDraftFields(session);
	const lists = new Map<string, ListController>();
	for (const section of $$('[data-list]')) lists.set(section.dataset.list!, bindEditableList(section, session));
	for (const button of $$('[data-use-example]')) {
		reveal(button);
		button.addEventListener('click', () => lists.get(button.dataset.listTarget!)?.add(button.dataset.useExample!));
	}
	bindCopyAndShare();
	const breathing = $('[data-breathing]');
	if (breathing) bindBreathing(breathing);
	const contacts = $('[data-contacts]');
	if (contacts) await bindContacts(contacts);
	if (step === 'decide') bindDecide(session);
}

void (step === 'intro' ? intro() : stepPage());
