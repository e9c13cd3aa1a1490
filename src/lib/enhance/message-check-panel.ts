// Step 3's message check: the analyzer is fetched only when the person asks for a check, and runs here, so
// their loved one's message never leaves the device. Crisis comes first, before any pattern: the page holds both
// levels' help (urgent, concern), hidden, and shows the one the check found, with the words that raised it.
// Someone else hurting the writer comes next, in words of its own (a safety concern, not self-harm).
import type { MessageCheck, Signal, SignalKind, Span } from '#lib/core/message-check/types.ts';
import { CrisisLevelMark } from './crisis-level.contract.ts';
import { MessageCheckMark } from './message-check.contract.ts';
import { $, $$, announce, readJson, reveal } from './dom.ts';

interface Labels {
	kinds: Record<SignalKind, string>;
	summary: Record<string, string>;
	empty: string;
	failed: string;
}

function element(tag: string, text: string, className?: string): HTMLElement {
	const node = document.createElement(tag);
	node.textContent = text;
	if (className) node.className = className;
	return node;
}

/** The message with each signal marked: underlined, numbered, and named for screen readers, not by colour alone. */
function highlight(text: string, signals: Signal[], labels: Labels): Node[] {
	const nodes: Node[] = [];
	let at = 0;
	signals.forEach((signal, index) => {
		// Where two patterns overlap, the later mark starts after the earlier; the list below keeps both whole.
		const start = Math.max(signal.start, at);
		if (start >= signal.end) return;
		if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
		const mark = document.createElement('mark');
		mark.className = `signal signal-${signal.kind}`;
		mark.append(element('span', `${index + 1}. ${labels.kinds[signal.kind]}: `, 'visually-hidden'));
		mark.append(text.slice(start, signal.end));
		// The number follows the mark, so the marked words stay exactly the words quoted.
		const number = element('sup', String(index + 1));
		number.setAttribute('aria-hidden', 'true');
		nodes.push(mark, number);
		at = signal.end;
	});
	if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
	return nodes;
}

const quoted = (spans: Span[]) => spans.map((span) => `“${span.quote}”`).join(', ');

/** Shows the help for the level found (none when there is no crisis); answers the section to focus. */
function showCrisis(crisis: HTMLElement, check: MessageCheck): HTMLElement | null {
	let shown: HTMLElement | null = null;
	for (const section of $$(`[${MessageCheckMark.crisisLevel}]`, crisis)) {
		section.hidden = section.getAttribute(MessageCheckMark.crisisLevel) !== check.level;
		if (section.hidden) continue;
		shown = section;
		$(`[${CrisisLevelMark.words}]`, section)!.textContent = quoted(check.crisisSpans);
		$(`[${CrisisLevelMark.wordsLine}]`, section)!.hidden = check.crisisSpans.length === 0;
	}
	crisis.hidden = shown === null;
	return shown;
}

function signalItem(signal: Signal, labels: Labels): HTMLElement {
	const item = document.createElement('li');
	item.className = `signal-item signal-${signal.kind}`;
	item.append(element('strong', labels.kinds[signal.kind]), ` — “${signal.quote}” — ${signal.explanation}`);
	return item;
}

export function bindMessageCheckPanel(): void {
	const panel = $(`[${MessageCheckMark.root}]`);
	const source = document.getElementById('their-answers') as HTMLTextAreaElement | null;
	if (!panel || !source) return;
	const labels = readJson<Labels>('message-check-labels');
	const result = $(`[${MessageCheckMark.result}]`, panel)!;
	const status = $(`[${MessageCheckMark.status}]`, panel);
	const crisis = $(`[${MessageCheckMark.crisis}]`, panel)!;
	const safety = $(`[${MessageCheckMark.safety}]`, panel)!;
	const locale = document.documentElement.lang === 'es' ? 'es' : 'en';

	$(`[${MessageCheckMark.run}]`, panel)!.addEventListener('click', async () => {
		const text = source.value;
		if (!text.trim()) {
			result.hidden = true;
			announce(status, labels.empty);
			source.focus();
			return;
		}
		let check: MessageCheck;
		let summaryKeys: string[];
		try {
			const [{ checkMessage }, { summarize }] = await Promise.all([
				// Only the page's language's signal patterns: check.en.ts or check.es.ts.
				locale === 'es' ? import('#lib/core/message-check/check.es.ts') : import('#lib/core/message-check/check.en.ts'),
				import('#lib/core/message-check/summary.ts')
			]);
			check = checkMessage(text, locale);
			summaryKeys = summarize(check);
		} catch {
			announce(status, labels.failed);
			return;
		}
		const signals = [...check.signals].sort((a, b) => a.start - b.start || a.end - b.end);
		const crisisHelp = showCrisis(crisis, check);
		safety.hidden = check.safetySpans.length === 0;
		$(`[${MessageCheckMark.safetyWords}]`, safety)!.textContent = quoted(check.safetySpans);
		$(`[${MessageCheckMark.highlighted}]`, result)!.replaceChildren(...highlight(text, signals, labels));
		$(`[${MessageCheckMark.signalList}]`, result)!.replaceChildren(
			...signals.map((signal) => signalItem(signal, labels))
		);
		$(`[${MessageCheckMark.signalsSection}]`, result)!.hidden = signals.length === 0;
		$(`[${MessageCheckMark.summary}]`, result)!.replaceChildren(
			...summaryKeys.map((key) => element('li', labels.summary[key] ?? ''))
		);
		reveal(result);
		announce(status, '');
		// Crisis first: focus goes to the crisis help, otherwise to the result.
		(crisisHelp ?? $(`[${MessageCheckMark.resultHeading}]`, result)!).focus();
	});
}
