import { $$, announce, reveal, text } from './dom.ts';

async function copyText(value: string, source: HTMLElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(value);
		return true;
	} catch {
		// Plain http or an old browser: select the text so the person can copy it, and try the legacy command.
		if (source instanceof HTMLTextAreaElement) source.select();
		else getSelection()?.selectAllChildren(source);
		return document.execCommand?.('copy') ?? false;
	}
}

function valueOf(source: HTMLElement): string {
	return source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '');
}

/** "Copy" buttons (data-copy-from) and, where the Web Share API exists, "Share" buttons (data-share-from). */
export function bindCopyAndShare(): void {
	for (const button of $$('[data-copy-from]')) {
		const source = document.getElementById(button.dataset.copyFrom!)!;
		const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]') ?? null;
		button.addEventListener('click', async () => {
			const ok = valueOf(source).trim() !== '' && (await copyText(valueOf(source), source));
			announce(status, text(button, ok ? 'copied' : 'failed'));
		});
	}
	if (typeof navigator.share !== 'function') return;
	for (const button of $$('[data-share-from]')) {
		const source = document.getElementById(button.dataset.shareFrom!)!;
		reveal(button);
		button.addEventListener('click', () => {
			const value = valueOf(source).trim();
			if (value) navigator.share({ text: value }).catch(() => undefined);
		});
	}
}
