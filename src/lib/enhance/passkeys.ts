// Passkeys: "Add a passkey" on the account page, "Sign in with a passkey" on the sign-in page. Both run a WebAuthn
// ceremony against /api/v1/auth/passkeys and say plainly what happened; nothing here is needed without a script.
// The staff passkey page uses the same two, each with where to go once the session is proven.
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { PasskeysMark, type PasskeyAddData, type PasskeySignInData } from './passkeys.contract.ts';
import { $, announce, dataOf, text } from './dom.ts';

const lang = document.documentElement.lang || 'en';

async function post(path: string, body?: unknown): Promise<Response> {
	return fetch(path, {
		method: 'POST',
		headers: {
			accept: 'application/json',
			'accept-language': lang,
			...(body === undefined ? {} : { 'content-type': 'application/json' })
		},
		body: body === undefined ? null : JSON.stringify(body),
		credentials: 'same-origin'
	});
}

/** The person closed the prompt, or it timed out: not a fault, just nothing done. */
const cancelled = (error: unknown) =>
	error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError');

/** The refusal's own words (in the page's language) for a too-many-attempts or unconfirmed-address answer. */
async function detailOf(response: Response): Promise<string | null> {
	if (response.status !== 429 && response.status !== 403) return null;
	try {
		const problem = (await response.json()) as { detail?: unknown };
		return typeof problem.detail === 'string' ? problem.detail : null;
	} catch {
		return null;
	}
}

/** A button that must not start a second ceremony while one is under way, and keeps its focus meanwhile. */
function busy(button: HTMLElement, on: boolean): void {
	button.setAttribute('aria-disabled', String(on));
}

function bindAdd(section: HTMLElement): void {
	// Without a recent proof the page offers "Confirm it's you" instead of the button.
	const button = $(`[${PasskeysMark.addButton}]`, section);
	if (!button) return;
	const status = $(`[${PasskeysMark.status}]`, section);
	const say = (key: Extract<keyof PasskeyAddData, string>) => announce(status, text<PasskeyAddData>(section, key));
	if (!browserSupportsWebAuthn()) {
		$(`[${PasskeysMark.offer}]`, section)!.hidden = true;
		say('unsupported');
		return;
	}
	button.addEventListener('click', async () => {
		if (button.getAttribute('aria-disabled') === 'true') return;
		busy(button, true);
		try {
			say('adding');
			const options = await post('/api/v1/auth/passkeys/register/options');
			if (options.status === 401) return location.replace(`/${lang}/account/sign-in`);
			if (!options.ok) return say('failed');
			let answer;
			try {
				answer = await startRegistration({ optionsJSON: await options.json() });
			} catch (error) {
				if (error instanceof Error && error.name === 'InvalidStateError') return say('exists');
				return say(cancelled(error) ? 'cancelled' : 'failed');
			}
			const saved = await post('/api/v1/auth/passkeys/register', answer);
			if (!saved.ok) return say(saved.status === 409 ? 'exists' : 'failed');
			// On the staff passkey page, the first passkey proves the session: on to the workspace.
			const { next } = dataOf<PasskeyAddData>(section);
			if (next) return location.replace(next);
			await refreshList(section);
			say('done');
		} catch {
			say('failed');
		} finally {
			busy(button, false);
		}
	});
}

/** Draws the list again from the page the server renders, so the new passkey shows exactly as after a reload. */
async function refreshList(section: HTMLElement): Promise<void> {
	const page = await fetch(location.pathname, { credentials: 'same-origin', headers: { accept: 'text/html' } });
	if (!page.ok) return;
	const fresh = new DOMParser().parseFromString(await page.text(), 'text/html');
	const list = fresh.querySelector(`[${PasskeysMark.list}]`);
	const current = $(`[${PasskeysMark.list}]`, section);
	if (list && current) current.replaceChildren(...[...list.childNodes].map((node) => document.importNode(node, true)));
}

function bindSignIn(area: HTMLElement): void {
	const button = $(`[${PasskeysMark.signInButton}]`, area)!;
	const status = $(`[${PasskeysMark.status}]`, area);
	const alert = $(`[${PasskeysMark.alert}]`);
	const showAlert = (message: string) => {
		if (!alert) return;
		const notice = document.createElement('p');
		notice.className = 'notice';
		notice.textContent = message;
		alert.replaceChildren(notice);
	};
	if (!browserSupportsWebAuthn()) {
		$(`[${PasskeysMark.offer}]`, area)!.hidden = true;
		announce(status, text<PasskeySignInData>(area, 'unsupported'));
		return;
	}
	button.addEventListener('click', async () => {
		if (button.getAttribute('aria-disabled') === 'true') return;
		busy(button, true);
		alert?.replaceChildren();
		try {
			announce(status, text<PasskeySignInData>(area, 'working'));
			const options = await post('/api/v1/auth/passkeys/signin/options');
			if (!options.ok) return showAlert((await detailOf(options)) ?? text<PasskeySignInData>(area, 'failed'));
			let answer;
			try {
				answer = await startAuthentication({ optionsJSON: await options.json() });
			} catch (error) {
				return showAlert(text<PasskeySignInData>(area, cancelled(error) ? 'cancelled' : 'failed'));
			}
			const signedIn = await post('/api/v1/auth/passkeys/signin', answer);
			if (!signedIn.ok) return showAlert((await detailOf(signedIn)) ?? text<PasskeySignInData>(area, 'failed'));
			location.replace(dataOf<PasskeySignInData>(area).account!);
		} catch {
			showAlert(text<PasskeySignInData>(area, 'failed'));
		} finally {
			if (status) status.textContent = '';
			busy(button, false);
		}
	});
}

const section = $(`[${PasskeysMark.add}]`);
if (section) bindAdd(section);
const area = $(`[${PasskeysMark.signIn}]`);
if (area) bindSignIn(area);
