import { z } from 'zod';
import type { JobHandler, JobQueue } from '#lib/core/events/jobs.ts';
import type { Mailer, OutgoingMail } from '#lib/core/shared/mailer.ts';
import { MailNotSent, type MailTransport } from '../adapters/mailer.ts';
import { newId } from '../ids.ts';

// Every e-mail is a job of its own, `mail`, sent exactly once in effect:
// - Its idempotency key names the logical e-mail (a random one for each Mailer.send; `<job id>:<recipient>` for
//   an e-mail a job sends, so the job's retry names the same e-mail). The job's dedupe key is `mail:<key>`, so
//   the same e-mail is never queued twice, even long after it was sent: the finished job row is the record
//   that it was sent. It is written in the same statement that erases the payload (address, link, token), and
//   only the worker holding the job's lease can write it (db/repositories/jobs.ts).
// - The lease outlasts the transport's timeouts (adapters/mailer.ts), so no second worker takes an e-mail
//   while the first is still talking to the mail server.
// - The one window left is a worker dying after the mail server accepted the e-mail and before that
//   statement: the job is then run again once the lease passes, and the e-mail goes twice. We chose that side
//   (at least once) over recording "sending" first and never retrying a started job (at most once): the same
//   would lose the e-mail on every timeout or dropped connection mid-send, which is far more common than a
//   crash between the server's "250 OK" and our commit, and a lost confirmation or reset link leaves a person
//   stuck. The repeat carries the same Message-ID (derived from the key), so a receiving server or mail program
//   that de-duplicates shows it once.

export const MAIL_JOB = 'mail';

export interface MailQueue {
	/** Queues one e-mail due at `at`; the same key again adds nothing, before or after it was sent. */
	queue(mail: OutgoingMail, options: { key: string; at: Date }): Promise<void>;
	/** Whether the e-mail with this key was queued already (sent or not): a retried job that did it stops there. */
	isQueued(key: string): Promise<boolean>;
}

/** `onQueued` is told of each new e-mail, so this instance can send it now rather than on its next round. */
export function mailQueue(jobs: JobQueue, onQueued: () => void = () => {}): MailQueue {
	return {
		isQueued: (key) => jobs.has(`${MAIL_JOB}:${key}`),
		async queue(mail, { key, at }) {
			const payload = { to: mail.to, subject: mail.subject, text: mail.text, key };
			const { added } = await jobs.enqueue(MAIL_JOB, at, payload, `${MAIL_JOB}:${key}`, mail.memberId);
			if (added) onQueued();
		}
	};
}

/** The Mailer port of the use-cases: each send is one new e-mail, queued due now. */
export function queuedMailer(mail: MailQueue, clock: () => Date = () => new Date()): Mailer {
	return { send: (outgoing) => mail.queue(outgoing, { key: newId(), at: clock() }) };
}

const mailPayload = z.object({ to: z.string(), subject: z.string(), text: z.string(), key: z.string().min(1) });

/** The `mail` job: delivers the e-mail through the transport, with a Message-ID derived from its key. */
export function mailHandler(transport: MailTransport): JobHandler {
	return async (payload) => {
		const parsed = mailPayload.safeParse(payload);
		if (!parsed.success) throw new Error('a mail job without a complete e-mail');
		const { key, ...mail } = parsed.data;
		try {
			await transport.deliver(mail, key);
		} catch (error) {
			// The error is kept on the job row: codes only, whatever the transport put in its message.
			throw error instanceof MailNotSent ? error : new MailNotSent(error);
		}
	};
}
