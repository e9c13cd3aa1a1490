import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';

/** The e-mails the local SMTP server received (filed in DATA_DIR/inbox), decoded enough to read links. */
export function received(): Array<{ to: string; subject: string; text: string }> {
	const folder = join(process.env.E2E_DATA_DIR!, 'inbox');
	let files: string[];
	try {
		files = readdirSync(folder).sort();
	} catch {
		return []; // no e-mail sent yet
	}
	return files.map((file) => {
		// Quoted-printable: join soft line breaks, decode "=XX".
		const raw = readFileSync(join(folder, file), 'utf8').replace(/=\r?\n/g, '');
		const decoded = raw.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		return {
			to: decoded.match(/^To: (.*)$/m)?.[1] ?? '',
			subject: decoded.match(/^Subject: (.*)$/m)?.[1] ?? '',
			text: decoded
				.split(/\r?\n\r?\n/)
				.slice(1)
				.join('\n\n')
		};
	});
}

export async function linkSentTo(email: string): Promise<string> {
	await expect.poll(() => received().some((mail) => mail.to === email)).toBe(true);
	const mail = received()
		.filter((m) => m.to === email)
		.at(-1)!;
	const link = mail.text.match(/https?:\/\/\S+/)?.[0];
	expect(link, 'a link in the e-mail').toBeTruthy();
	return link!;
}
