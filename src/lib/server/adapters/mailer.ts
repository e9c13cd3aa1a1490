import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { OutgoingMail } from '#lib/core/shared/mailer.ts';

// The mail transports: what actually sends an e-mail. Only the `mail` job (jobs/mail.ts) calls them; everything
// else queues its e-mails through the Mailer port, so no request ever waits for the mail server.

/** Delivers one e-mail; throws when it was not accepted, with no address or reply text in the error. */
export interface MailTransport {
	/** The Message-ID is derived from `key`, the e-mail's idempotency key: a repeat is recognisably the same. */
	deliver(mail: OutgoingMail, key: string): Promise<void>;
}

/**
 * Nodemailer's timeouts, set explicitly (its defaults allow 10 minutes of silence on a socket). The job lease
 * (DEFAULT_LEASE_MS in db/repositories/jobs.ts) must outlast the longest send these allow, or a second worker would take
 * the job and send the e-mail again while the first still waits for the server.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 45_000 } as const;

/**
 * The longest one send can take under SMTP_TIMEOUTS: connecting, the greeting, then up to ten exchanges (EHLO,
 * STARTTLS, EHLO again, AUTH's two, MAIL, RCPT, DATA, the message, QUIT) each allowed a full socket timeout of
 * silence: 8 minutes.
 */
export const smtpSendBoundMs =
	SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + 10 * SMTP_TIMEOUTS.socketTimeout;

/** `<hash@domain>`: the same key always gives the same Message-ID, and the key itself is not readable in it. */
export function messageIdFor(key: string, from: string): string {
	const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'porchlight.invalid';
	return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${domain}>`;
}

/** Why a send failed, by SMTP's codes only: the server's reply text often quotes the address. */
export class MailNotSent extends Error {
	override name = 'MailNotSent';
	constructor(error: unknown) {
		const { code, responseCode, command } = (error ?? {}) as {
			code?: unknown;
			responseCode?: unknown;
			command?: unknown;
		};
		const parts = [command, responseCode, code].filter((part) => typeof part === 'string' || typeof part === 'number');
		super(`not accepted${parts.length ? `: ${parts.join(' ')}` : ''}`);
	}
}

/** Sends through the SMTP server at `smtpUrl` (smtp:// or smtps://, with credentials in the URL if needed). */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
	// A timeout in the URL's query would win over SMTP_TIMEOUTS, and could outlast the lease: dropped.
	const url = new URL(smtpUrl);
	for (const name of Object.keys(SMTP_TIMEOUTS)) url.searchParams.delete(name);
	const transport = nodemailer.createTransport({ url: url.href, ...SMTP_TIMEOUTS });
	return {
		async deliver(mail, key) {
			const messageId = messageIdFor(key, from);
			try {
				await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId });
			} catch (error) {
				throw new MailNotSent(error);
			}
		}
	};
}

/**
 * Without SMTP, each message is written as an .eml file to `folder` (DATA_DIR/outbox), so a person running
 * Porchlight on their own machine can still open the confirmation link.
 */
export function outboxTransport(folder: string, from: string): MailTransport {
	mkdirSync(folder, { recursive: true, mode: 0o700 });
	const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	return {
		async deliver(mail, key) {
			const messageId = messageIdFor(key, from);
			const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId });
			const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^a-z0-9]/gi, '').slice(0, 16)}.eml`;
			writeFileSync(join(folder, name), info.message as Buffer, { mode: 0o600 });
		}
	};
}
