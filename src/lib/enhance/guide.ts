// The guide's pages: the reach-out in progress is read from the device and every answer written back at once.
import { relationships } from '#lib/core/safety/rule.ts';
import { currentDraft, getDraft, getRelationship, setRelationship, startDraft } from '#lib/device/store.ts';
import { bindBreathing } from './breathing.ts';
import { bindContacts } from './contacts.ts';
import { bindCopyAndShare } from './copy.ts';
import { bindDecide } from './decide.ts';
import { EditableListMark, type ListExampleData } from './editable-list.contract.ts';
import { GuideMark, type GuideStepData, type SafetyModeState } from './guide.contract.ts';
import { BreathingMark } from './breathing.contract.ts';
import { ContactsMark } from './contacts.contract.ts';
import { PlanSyncMark } from './plan-sync.contract.ts';
import { $, $$, dataOf, reveal } from './dom.ts';
import { bindDraftFields } from './draft-fields.ts';
import { DraftSession } from './draft-session.ts';
import { bindEditableList, type ListController } from './editable-list.ts';
import { bindMessageCheckPanel } from './message-check-panel.ts';
import { track } from './pending.ts';
import { bindPlanSync } from './plan-sync.ts';
import { bindSafetyCheck } from './safety-check.ts';
import { inSafetyPass } from './safety-pass.ts';

const root = $(`[${GuideMark.step}]`)!;
const rootData = dataOf<GuideStepData>(root);
const locale = rootData.locale ?? 'en';
const step = root.getAttribute(GuideMark.step);

/** "Who reached out?": remembered on this device, changeable, and carried by the reach-out. */
async function bindRelationship(): Promise<void> {
	const remembered = await getRelationship();
	for (const radio of document.querySelectorAll<HTMLInputElement>(
		`[${GuideMark.relationship}] input[name="relationship"]`
	)) {
		radio.checked = radio.value === remembered;
		radio.addEventListener('change', () => {
			const relationship = relationships.find((r) => r === radio.value);
			if (radio.checked && relationship) void track(setRelationship(relationship));
		});
	}
}

async function intro(): Promise<void> {
	await bindRelationship();
	const draft = await getDraft();
	const started = draft && draft.updatedAt !== draft.createdAt;
	if (!started) return;
	reveal($(`[${GuideMark.resume}]`));
	$(`[${GuideMark.begin}]`)!.hidden = true;
	$(`[${GuideMark.startOver}]`)!.addEventListener('click', async () => {
		await track(startDraft(locale));
		// Every new reach-out passes the safety check first.
		location.replace(`/${locale}/guide/safety`);
	});
}

const standardTitle = document.title;

/** After the safety card, this pass offers no reconnection advice and names its steps for safety (app.css). */
function markSafetyPass(on: boolean): void {
	const html = dataOf<SafetyModeState>(document.documentElement);
	if (on) html.safetyMode = '';
	else delete html.safetyMode;
	document.title = (on && rootData.safetyTitle) || standardTitle;
}

async function stepPage(): Promise<void> {
	// This tab's note first, before the device is read: a store that is refused or slow never shows reconnection.
	markSafetyPass(inSafetyPass());
	const session = new DraftSession(await currentDraft(locale));
	const safetyPass = inSafetyPass(session.draft);
	markSafetyPass(safetyPass);
	bindDraftFields(session);
	const lists = new Map<string, ListController>();
	for (const section of $$(`[${EditableListMark.root}]`))
		lists.set(section.getAttribute(EditableListMark.root)!, bindEditableList(section, session));
	for (const button of $$(`[${EditableListMark.example}]`)) {
		button.addEventListener('click', () =>
			lists.get(dataOf<ListExampleData>(button).listTarget!)?.add(button.getAttribute(EditableListMark.example)!)
		);
	}
	bindCopyAndShare();
	const breathing = $(`[${BreathingMark.root}]`);
	if (breathing) bindBreathing(breathing);
	const contacts = $(`[${ContactsMark.root}]`);
	if (contacts) await bindContacts(contacts);
	if (step === 'decide') bindDecide(session, safetyPass);
	if (step === 'ask-them') bindMessageCheckPanel();
	const planSync = $(`[${PlanSyncMark.root}]`);
	if (planSync) await bindPlanSync(planSync, session, lists, locale);
}

// `ready` (GuideStepData) says the page has read the device and is fully interactive (tests wait for it).
void (step === 'intro' ? intro() : step === 'safety' ? bindSafetyCheck(locale) : stepPage()).then(() => {
	rootData.ready = '';
});
