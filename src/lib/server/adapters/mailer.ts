import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Mailer, OutgoingMail } from '#lib/core/shared/mailer.ts';

/** Sends through the SMTP server at `smtpUrl` (smtp:// or smtps://, with credentials in the URL if needed). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
	const transport = nodemailer.createTransport(smtpUrl);
	return {
		async send(mail: OutgoingMail) {
			await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
		}
	};
}

/**
 * Without SMTP, each message is written as an .eml file to `folder` (DATA_DIR/outbox), so a person running
 * Porchlight on their own machine can still open the confirmation link.
 */
export function outboxMailer(folder: string, from: string): Mailer {
	mkdirSync(folder, { recursive: true, mode: 0o700 });
	const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	return {
		async send(mail: OutgoingMail) {
			const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
			const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-z0-9]/gi, '').slice(0, 16)}.eml`;
			writeFileSync(join(folder, name), info.message as Buffer, { mode: 0o600 });
		}
	};
}
