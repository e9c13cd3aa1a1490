// Saved reach-outs: read from this device only, shown with every answer; open one again in the guide, or delete it.
import { askYourselfQuestions, safetyLists, type ReachOut } from '#lib/core/guide/reach-out.ts';
import { format } from '#lib/core/i18n/format.ts';
import { deleteReachOut, listReachOuts, openReachOut } from '#lib/device/store.ts';
import { SavedMark, type SavedData, type SavedField, type SavedSection } from './saved.contract.ts';
import { $, announce, cloneTemplate, dataOf, readJson } from './dom.ts';
import { track } from './pending.ts';
import { setUpBringIn } from './bring-in.ts';

interface Labels {
	relationships: Record<string, string>;
	who: string;
	safetyCardShown: string;
	choices: Record<string, string>;
	questions: Record<string, { question: string; options: Record<string, string> }>;
	safeLists: Record<string, { heading: string }>;
	savedOn: string;
	decision: string;
	noDecision: string;
	confirmDelete: string;
	deleted: string;
}

const root = $(`[${SavedMark.root}]`)!;
const locale = dataOf<SavedData>(root).locale ?? 'en';
const list = $(`[${SavedMark.list}]`, root)!;
const empty = $(`[${SavedMark.empty}]`, root)!;
const status = $(`[${SavedMark.status}]`, root);
const template = document.querySelector<HTMLTemplateElement>(`[${SavedMark.template}]`)!;
const labels = readJson<Labels>('saved-labels');
const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

function element(tag: string, content: string): HTMLElement {
	const node = document.createElement(tag);
	node.textContent = content;
	return node;
}

function fill(item: HTMLElement, reachOut: ReachOut): void {
	const field = (name: SavedField) => $(`[${SavedMark.field}="${name}"]`, item)!;
	const section = (name: SavedSection) => $(`[${SavedMark.section}="${name}"]`, item)!;
	field('when').textContent = format(labels.savedOn, {
		date: dateFormat.format(new Date(reachOut.savedAt ?? reachOut.updatedAt))
	});
	field('decision').textContent = reachOut.choice
		? format(labels.decision, { choice: labels.choices[reachOut.choice] ?? '' })
		: labels.noDecision;

	const who = reachOut.relationship ? labels.relationships[reachOut.relationship] : undefined;
	field('who').textContent = who ? format(labels.who, { who }) : '';
	field('who').hidden = !who;
	field('safety').textContent = reachOut.safetyCardShown ? labels.safetyCardShown : '';
	field('safety').hidden = !reachOut.safetyCardShown;

	const answers = askYourselfQuestions.flatMap((key) => {
		const answer = reachOut.askYourself[key];
		const note = reachOut.askYourselfNotes[key]?.trim();
		if (!answer && !note) return [];
		const words = [answer ? labels.questions[key]?.options[answer] : '', note].filter(Boolean).join(' — ');
		return [element('dt', labels.questions[key]?.question ?? ''), element('dd', words)];
	});
	field('askYourself').replaceChildren(...answers);
	section('askYourself').hidden = answers.length === 0;

	field('theirAnswers').textContent = reachOut.theirAnswers;
	section('theirAnswers').hidden = !reachOut.theirAnswers.trim();

	field('conditions').replaceChildren(...reachOut.conditions.map((c) => element('li', c)));
	section('conditions').hidden = reachOut.conditions.length === 0;

	const safe = safetyLists.flatMap((key) =>
		reachOut[key].length
			? [element('dt', labels.safeLists[key]?.heading ?? ''), ...reachOut[key].map((entry) => element('dd', entry))]
			: []
	);
	field('safe').replaceChildren(...safe);
	section('safe').hidden = safe.length === 0;

	field('reply').textContent = reachOut.reply;
	section('reply').hidden = !reachOut.reply.trim();

	$(`[${SavedMark.open}]`, item)!.addEventListener('click', async () => {
		if (await track(openReachOut(reachOut.id))) location.replace(`/${locale}/guide/pause`);
	});
	$(`[${SavedMark.delete}]`, item)!.addEventListener('click', async () => {
		if (!confirm(labels.confirmDelete)) return;
		await track(deleteReachOut(reachOut.id));
		await render();
		announce(status, labels.deleted);
	});
}

async function render(): Promise<void> {
	const reachOuts = await listReachOuts();
	list.replaceChildren(
		...reachOuts.map((reachOut) => {
			const item = cloneTemplate(template);
			fill(item, reachOut);
			return item;
		})
	);
	empty.hidden = reachOuts.length > 0;
}

void render();

void setUpBringIn();
