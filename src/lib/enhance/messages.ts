import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { messageTime } from '#lib/components/messages/time.ts';
import { $, $$, announce, cloneTemplate, reveal } from './dom.ts';

// A message thread, live (the member's and the specialist's thread pages). Without this script the page works
// by reload; with it, new messages arrive over Server-Sent Events into the list (an aria-live="polite" region,
// so a screen reader hears them without losing its place), and sending does not reload the page. Nothing moves:
// a new message simply appears at the end (scrolled into view only when the person is already at the end).

interface ThreadMessage {
	id: string;
	mine: boolean;
	body: string;
	crisis: boolean;
	crisisLevel: 'urgent' | 'concern' | null;
	createdAt: string;
}

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
	$('[data-crisis-words]', help)!.textContent = quotes.join(', ');
	$('[data-crisis-words-line]', help)!.hidden = quotes.length === 0;
}

function start(section: HTMLElement): void {
	const list = $('#thread-messages', section) as HTMLOListElement;
	const template = $('#message-template', section) as HTMLTemplateElement;
	const form = $('[data-send-form]', section) as HTMLFormElement;
	const textarea = form.querySelector('textarea')!;
	const status = $('[data-send-status]', form);
	const data = section.dataset;
	const as = data.as as 'member' | 'specialist';
	// In the reader's own time zone, the ones the server wrote in UTC included.
	const time = messageTime(data.locale as Locale, null);
	for (const when of $$('time[datetime]', list))
		when.textContent = time.format(new Date((when as HTMLTimeElement).dateTime));
	const seen = new Set($$('[data-message-id]', list).map((item) => item.dataset.messageId!));
	const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

	function show(message: ThreadMessage): void {
		if (seen.has(message.id)) return;
		seen.add(message.id);
		const atEnd = innerHeight + scrollY >= document.body.scrollHeight - 80;
		const item = cloneTemplate(template);
		item.id = `message-${message.id}`;
		item.dataset.messageId = message.id;
		$('[data-who]', item)!.textContent = message.mine ? data.you! : data.other!;
		const when = $('[data-when]', item) as HTMLTimeElement;
		when.dateTime = message.createdAt;
		when.textContent = time.format(new Date(message.createdAt));
		$('[data-body]', item)!.textContent = message.body;
		const marker = $('[data-crisis-marker]', item)!;
		if (as === 'specialist' && !message.mine && message.crisis) reveal(marker);
		else marker.remove();
		list.append(item);
		$('[data-empty]', section)!.hidden = true;
		if (atEnd) item.scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
	}

	// What arrives while the page is in view is read; the mark moves when the person comes back to the tab.
	let unreadSeen = false;
	function markRead(): void {
		if (!unreadSeen || document.visibilityState !== 'visible') return;
		unreadSeen = false;
		void fetch(data.read!, { method: 'POST' }).catch(() => undefined);
	}
	document.addEventListener('visibilitychange', markRead);

	if (typeof EventSource === 'function') {
		const source = new EventSource(data.stream!);
		source.addEventListener('message', (event) => {
			const message = JSON.parse((event as MessageEvent<string>).data) as ThreadMessage;
			show(message);
			if (!message.mine) {
				unreadSeen = true;
				markRead();
			}
		});
		addEventListener('pagehide', () => source.close());
		reveal($('[data-live-note]', section));
	}

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const button = form.querySelector('button')!;
		button.disabled = true;
		try {
			const response = await fetch(data.post!, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': data.locale! },
				body: JSON.stringify({ body: textarea.value })
			});
			const sent = textarea.value;
			const answer = (await response.json()) as ThreadMessage & { errors?: { message: string }[] };
			if (response.status === 201) {
				show(answer);
				textarea.value = '';
				textarea.removeAttribute('aria-invalid');
				announce(status, data.sent!);
				const crisis = $('#crisis-now');
				if (answer.crisis && crisis) {
					// The help of the level the message raised (urgent for a flag without one, as before levels).
					const level = answer.crisisLevel ?? 'urgent';
					for (const help of $$('[data-crisis-level]', crisis)) help.hidden = help.dataset.crisisLevel !== level;
					reveal(crisis);
					crisis.focus();
					void showWords($(`[data-crisis-level="${level}"]`, crisis)!, sent).catch(() => undefined);
				}
			} else {
				textarea.setAttribute('aria-invalid', 'true');
				announce(status, answer.errors?.[0]?.message ?? data.failed!);
				textarea.focus();
			}
		} catch {
			announce(status, data.failed!);
		} finally {
			button.disabled = false;
		}
	});
}

const section = $('[data-thread]');
if (section) start(section);
