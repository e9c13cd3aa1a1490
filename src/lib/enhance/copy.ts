import { CopyMark, type CopyButtonData } from './copy.contract.ts';
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

function textOf(source: HTMLElement): string {
	return source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '');
}

/** "Copy" buttons (CopyMark.from) and, where the Web Share API exists, "Share" buttons (CopyMark.shareFrom). */
export function bindCopyAndShare(): void {
	for (const button of $$(`[${CopyMark.from}]`)) {
		const source = document.getElementById(button.getAttribute(CopyMark.from)!)!;
		const status = button.parentElement?.querySelector<HTMLElement>(`[${CopyMark.status}]`) ?? null;
		button.addEventListener('click', async () => {
			const ok = textOf(source).trim() !== '' && (await copyText(textOf(source), source));
			announce(status, text<CopyButtonData>(button, ok ? 'copied' : 'failed'));
		});
	}
	if (typeof navigator.share !== 'function') return;
	for (const button of $$(`[${CopyMark.shareFrom}]`)) {
		const source = document.getElementById(button.getAttribute(CopyMark.shareFrom)!)!;
		reveal(button);
		button.addEventListener('click', () => {
			const value = textOf(source).trim();
			if (value) navigator.share({ text: value }).catch(() => undefined);
		});
	}
}
