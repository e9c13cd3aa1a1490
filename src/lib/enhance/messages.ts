import type { ReaderMessage } from '#lib/core/guidance/reader-message.ts';
import { messageTime } from '#lib/components/messages/time.ts';
import { ThreadMark, threadDataOf, threadIds, threadSection } from './thread.contract.ts';
import { $, $$, announce, cloneTemplate, reveal } from './dom.ts';
import { CrisisLevelMark } from './crisis-level.contract.ts';

// A message thread, live (the member's and the specialist's thread pages). Without this script the page works
// by reload; with it, new messages arrive over Server-Sent Events into the list (an aria-live="polite" region,
// so a screen reader hears them without losing its place), and sending does not reload the page. Nothing moves:
// a new message simply appears at the end (scrolled into view only when the person is already at the end).
// What it finds in the page, and what the page carries for it, is their shared contract (thread.contract.ts).

/**
 * The words of the member's own message that raised its crisis, read here as the server read them (only the
 * level is stored). The analyzer is fetched only now. Should it fail to load, the help is already shown, and the
 * words line simply stays hidden.
 */
async function showWords(help: HTMLElement, text: string): Promise<void> {
	const locale = document.documentElement.lang === 'es' ? 'es' : 'en';
	const { readStory } = await (locale === 'es'
		? import('#lib/core/message-check/story.es.ts')
		: import('#lib/core/message-check/story.en.ts'));
	const quotes = readStory(text, locale).spans.map((span) => `“${span.quote}”`);
	$(`[${CrisisLevelMark.words}]`, help)!.textContent = quotes.join(', ');
	$(`[${CrisisLevelMark.wordsLine}]`, help)!.hidden = quotes.length === 0;
}

function start(section: HTMLElement): void {
	const list = $(`#${threadIds.list}`, section) as HTMLOListElement;
	const template = $(`#${threadIds.template}`, section) as HTMLTemplateElement;
	const form = $(`[${ThreadMark.sendForm}]`, section) as HTMLFormElement;
	const textarea = form.querySelector('textarea')!;
	const status = $(`[${ThreadMark.sendStatus}]`, form);
	const data = threadDataOf(section);
	const as = data.as;
	// In the reader's own time zone, the ones the server wrote in UTC included.
	const time = messageTime(data.locale, null);
	for (const when of $$('time[datetime]', list))
		when.textContent = time.format(new Date((when as HTMLTimeElement).dateTime));
	const seen = new Set($$(`[${ThreadMark.message}]`, list).map((item) => item.getAttribute(ThreadMark.message)!));
	const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

	function show(message: ReaderMessage): void {
		if (seen.has(message.id)) return;
		seen.add(message.id);
		const atEnd = innerHeight + scrollY >= document.body.scrollHeight - 80;
		const item = cloneTemplate(template);
		item.id = `message-${message.id}`;
		item.setAttribute(ThreadMark.message, message.id);
		$(`[${ThreadMark.who}]`, item)!.textContent = message.mine ? data.you : data.other;
		const when = $(`[${ThreadMark.when}]`, item) as HTMLTimeElement;
		when.dateTime = message.createdAt;
		when.textContent = time.format(new Date(message.createdAt));
		$(`[${ThreadMark.body}]`, item)!.textContent = message.body;
		const marker = $(`[${ThreadMark.crisisMarker}]`, item)!;
		if (as === 'specialist' && !message.mine && message.crisis) reveal(marker);
		else marker.remove();
		list.append(item);
		$(`[${ThreadMark.empty}]`, section)!.hidden = true;
		if (atEnd) item.scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
	}

	// What arrives while the page is in view is read; the mark moves when the person comes back to the tab.
	let unreadSeen = false;
	function markRead(): void {
		if (!unreadSeen || document.visibilityState !== 'visible') return;
		unreadSeen = false;
		void fetch(data.read, { method: 'POST' }).catch(() => undefined);
	}
	document.addEventListener('visibilitychange', markRead);

	if (typeof EventSource === 'function') {
		const source = new EventSource(data.stream);
		source.addEventListener('message', (event) => {
			const message = JSON.parse((event as MessageEvent<string>).data) as ReaderMessage;
			show(message);
			if (!message.mine) {
				unreadSeen = true;
				markRead();
			}
		});
		addEventListener('pagehide', () => source.close());
		reveal($(`[${ThreadMark.liveNote}]`, section));
	}

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const button = form.querySelector('button')!;
		button.disabled = true;
		try {
			const response = await fetch(data.post, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': data.locale },
				body: JSON.stringify({ body: textarea.value })
			});
			const sent = textarea.value;
			const answer = (await response.json()) as ReaderMessage & { errors?: { message: string }[] };
			if (response.status === 201) {
				show(answer);
				textarea.value = '';
				textarea.removeAttribute('aria-invalid');
				announce(status, data.sent);
				const crisis = $(`#${threadIds.crisisNow}`);
				if (answer.crisis && crisis) {
					// The help of the level the message raised (urgent for a flag without one, as before levels).
					const level = answer.crisisLevel ?? 'urgent';
					for (const help of $$(`[${ThreadMark.crisisLevel}]`, crisis))
						help.hidden = help.getAttribute(ThreadMark.crisisLevel) !== level;
					reveal(crisis);
					crisis.focus();
					void showWords($(`[${ThreadMark.crisisLevel}="${level}"]`, crisis)!, sent).catch(() => undefined);
				}
			} else {
				textarea.setAttribute('aria-invalid', 'true');
				announce(status, answer.errors?.[0]?.message ?? data.failed);
				textarea.focus();
			}
		} catch {
			announce(status, data.failed);
		} finally {
			button.disabled = false;
		}
	});
}

const section = $(threadSection);
if (section) start(section);
