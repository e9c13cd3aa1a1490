// Runs on every page: quick exit (button and Esc twice), history that never keeps a Porchlight page behind,
// the remembered language, and the offline worker.
import { WipeMark } from './device.contract.ts';
import { SiteMark } from './site.contract.ts';
import { settled } from './pending.ts';
import { signOutByBeacon } from './sign-out.ts';
import { forgetPass } from './safety-pass.ts';

// Notes that say what needs a script: app.css hides them where scripting is on; this covers browsers that do
// not know the `scripting` media feature.
for (const note of document.querySelectorAll<HTMLElement>(`[${SiteMark.noScript}]`)) note.hidden = true;

const doubleEscapeWindowMs = 1500;
const exitLink = document.querySelector<HTMLAnchorElement>(`[${SiteMark.quickExit}]`);

function quickExit(): void {
	if (!exitLink) return;
	// The account session ends too (someone picking up the device finds no one signed in), without delaying the exit.
	signOutByBeacon();
	// This tab's note of a pass after the safety card goes too (browsers drop it on leaving for another site).
	forgetPass();
	// replace(), not assign(): Back must not return here.
	location.replace(exitLink.href);
}

// Every quick exit link (the header's, and the one the safety check offers) leaves the same way.
document.addEventListener('click', (event) => {
	if (!(event.target as Element | null)?.closest?.(`[${SiteMark.quickExit}]`)) return;
	event.preventDefault();
	quickExit();
});

let lastEscape = -Infinity;
addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	const now = performance.now();
	if (now - lastEscape <= doubleEscapeWindowMs) quickExit();
	lastEscape = now;
});

// Moving between Porchlight's pages replaces the history entry, so the history holds one Porchlight page at most.
document.addEventListener('click', (event) => {
	if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
		return;
	const link = (event.target as Element | null)?.closest?.('a[href]');
	if (
		!(link instanceof HTMLAnchorElement) ||
		link.target ||
		link.hasAttribute('download') ||
		link.hasAttribute(SiteMark.quickExit)
	)
		return;
	const url = new URL(link.href);
	if (url.origin !== location.origin) return;
	event.preventDefault();
	if (url.pathname === location.pathname && url.search === location.search && url.hash) {
		// In-page links (the skip link) move focus without adding a history entry.
		const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
		target?.focus();
		target?.scrollIntoView();
		return;
	}
	void settled().then(() => location.replace(url.href));
});

const lang = document.documentElement.lang;
try {
	if (lang)
		document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax${location.protocol === 'https:' ? '; secure' : ''}`;
} catch {
	// A browser that refuses cookies to this site: the language is not remembered, and nothing else needs it.
}

if ('serviceWorker' in navigator && !document.querySelector(`[${WipeMark.root}]`)) {
	addEventListener('load', () => {
		navigator.serviceWorker.register('/service-worker.js', { type: 'module' }).catch(() => undefined);
	});
}
