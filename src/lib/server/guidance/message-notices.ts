import type { Kysely } from 'kysely';
import type { JobHandler, JobQueue } from '#lib/core/events/jobs.ts';
import type { MessageNotices, MessageStore } from '#lib/core/guidance/message-ports.ts';
import type { ThreadAssignments } from '#lib/core/guidance/assignments.ts';
import { unreadCounts } from '#lib/core/guidance/unread.ts';
import { catalogue, isLocale } from '#lib/core/i18n/catalogue.ts';
import { format } from '#lib/core/i18n/format.ts';
import { mailAddressOf } from '../db/repositories/members.ts';
import type { Database } from '../db/schema.ts';
import type { MailQueue } from '../jobs/mail.ts';

// "A new message is waiting" e-mails, through the job queue.
//
// One e-mail per unread stretch: the job's dedupe key holds the recipient's last read mark at the time of the
// message, so every message of a burst before they read the thread maps to the same key (one job), and the
// first message after they read it gets a new key. The job waits a little (delayMs) and is skipped if by then
// the recipient has read the thread (they were watching it live). The e-mail never says what was written, nor
// who wrote it. The job queues the e-mail as a `mail` job of its own, keyed by its own id (jobs/mail.ts).

export const MESSAGE_WAITING_JOB = 'message.waiting';

/**
 * The notices port over the job queue. `origin` is the site's address as the request that posted the message
 * saw it, for the e-mail's link (a job has no request of its own).
 */
export function queuedMessageNotices(queue: JobQueue, options: { origin: string; delayMs?: number }): MessageNotices {
	const delayMs = options.delayMs ?? 5 * 60_000;
	return {
		async waiting({ threadId, recipientId, since }, now) {
			await queue.enqueue(
				MESSAGE_WAITING_JOB,
				new Date(now.getTime() + delayMs),
				{ threadId, recipientId, origin: options.origin },
				`${MESSAGE_WAITING_JOB}:${threadId}:${recipientId}:${since ?? 'never'}`,
				recipientId
			);
		}
	};
}

export interface MessageWaitingDeps {
	db: Kysely<Database>;
	store: MessageStore;
	assignments: ThreadAssignments;
	mail: MailQueue;
}

/** The job handler: queues the plain notice if the recipient still has something unread in the thread. */
export function messageWaitingHandler(deps: MessageWaitingDeps): JobHandler {
	return async (payload, job) => {
		const { threadId, recipientId, origin } = (payload ?? {}) as Record<string, unknown>;
		if (typeof threadId !== 'string' || typeof recipientId !== 'string' || typeof origin !== 'string') return;
		// Only threads they may still read count (a specialist may have been unassigned since).
		const unread = (await unreadCounts(deps, recipientId)).find((row) => row.threadId === threadId);
		if (!unread || unread.unread === 0) return;
		const member = await mailAddressOf(deps.db, recipientId);
		if (!member) return;
		const locale = isLocale(member.locale) ? member.locale : 'en';
		const words = catalogue(locale).messages.mail;
		await deps.mail.queue(
			{
				to: member.email,
				subject: words.subject,
				text: format(words.body, { link: new URL(`/${locale}/account/sign-in`, origin).href }),
				memberId: recipientId
			},
			{ key: job.id, at: new Date(job.runAt) }
		);
	};
}
