import type { Kysely } from 'kysely';
import type { Job, JobHandler, JobHandlers, JobQueue } from '#lib/core/events/jobs.ts';
import { catalogue, isLocale } from '#lib/core/i18n/catalogue.ts';
import { format } from '#lib/core/i18n/format.ts';
import type { Booking, NoticeKind } from '#lib/core/sessions/bookings.ts';
import { bookingById } from '../db/repositories/bookings.ts';
import { addressOf } from '../db/repositories/member-addresses.ts';
import type { Database } from '../db/schema.ts';
import type { MailQueue } from '../jobs/mail.ts';

// The e-mails about sessions, through the job queue, so a booking never waits for (or fails with) the mail
// server and each e-mail is sent once even when several instances run:
// - `session.notice`: the other side of a booking is told it was booked, cancelled or moved;
// - `session.reminder`: a day before the session, each side gets one reminder.
// Neither sends: each queues one `mail` job per recipient (jobs/mail.ts), keyed by its own job's id and the
// recipient, so a retry (the specialist's e-mail failed to queue after the member's was queued) queues only
// what is missing, and each e-mail is retried on its own.
// The e-mails say only what happened and link to the person's sessions page: no names, no notes, no times.

export const SESSION_NOTICE_JOB = 'session.notice';
export const SESSION_REMINDER_JOB = 'session.reminder';
const day = 86_400_000;

/** The page where the person sees their sessions: the specialist's own page, or the member's. */
const sessionsPath = (booking: Booking, personId: string, locale: string) =>
	personId === booking.specialistId ? `/${locale}/specialist/sessions` : `/${locale}/account/guidance/sessions`;

export async function enqueueNotice(
	jobs: JobQueue,
	notice: { kind: NoticeKind; to: string; booking: Booking },
	origin: string,
	now: Date
): Promise<void> {
	const { kind, to, booking } = notice;
	await jobs.enqueue(
		SESSION_NOTICE_JOB,
		now,
		{ kind, to, bookingId: booking.id, origin },
		`${SESSION_NOTICE_JOB}:${booking.id}:${kind}:${to}`,
		to
	);
}

/**
 * The reminder of a booking, due a day before it starts; one per booking and sequence (a moved session is a new
 * booking with the next sequence, so it gets its own reminder and the old one finds its booking cancelled).
 * A session booked less than a day ahead gets none: the booking's own notice and page are fresh enough, and a
 * "tomorrow" e-mail sent late would be wrong.
 */
export async function enqueueReminder(jobs: JobQueue, booking: Booking, origin: string, now: Date): Promise<void> {
	const runAt = new Date(Date.parse(booking.startsAt) - day);
	if (runAt.getTime() <= now.getTime()) return;
	await jobs.enqueue(
		SESSION_REMINDER_JOB,
		runAt,
		{ bookingId: booking.id, origin },
		`${SESSION_REMINDER_JOB}:${booking.id}:${booking.sequence}`
	);
}

export interface SessionMailDeps {
	db: Kysely<Database>;
	mail: MailQueue;
}

/** Queues the e-mail to one person, as the given job's e-mail to them. */
async function mailTo(
	deps: SessionMailDeps,
	job: Job,
	personId: string,
	booking: Booking,
	kind: NoticeKind | 'reminder',
	origin: string
): Promise<void> {
	const person = await addressOf(deps.db, personId);
	if (!person) return;
	const locale = isLocale(person.locale) ? person.locale : 'en';
	const words = catalogue(locale).sessions.mail[kind];
	await deps.mail.queue(
		{
			to: person.email,
			subject: words.subject,
			text: format(words.body, { link: new URL(sessionsPath(booking, personId, locale), origin).href }),
			memberId: personId
		},
		{ key: `${job.id}:${personId}`, at: new Date(job.runAt) }
	);
}

function noticeHandler(deps: SessionMailDeps): JobHandler {
	return async (payload, job) => {
		const { kind, to, bookingId, origin } = (payload ?? {}) as Record<string, unknown>;
		if (kind !== 'booked' && kind !== 'cancelled' && kind !== 'moved') return;
		if (typeof to !== 'string' || typeof bookingId !== 'string' || typeof origin !== 'string') return;
		const booking = await bookingById(deps.db, bookingId);
		if (!booking || (to !== booking.memberId && to !== booking.specialistId)) return;
		await mailTo(deps, job, to, booking, kind, origin);
	};
}

/** Queues each side one reminder, unless the booking was cancelled or moved (then cancelled) since, or is over. */
function reminderHandler(deps: SessionMailDeps): JobHandler {
	return async (payload, job) => {
		const { bookingId, origin } = (payload ?? {}) as Record<string, unknown>;
		if (typeof bookingId !== 'string' || typeof origin !== 'string') return;
		const booking = await bookingById(deps.db, bookingId);
		if (!booking || booking.state !== 'booked' || Date.parse(booking.startsAt) <= Date.now()) return;
		await mailTo(deps, job, booking.memberId, booking, 'reminder', origin);
		await mailTo(deps, job, booking.specialistId, booking, 'reminder', origin);
	};
}

/** The session jobs, by kind, for the server's handlers. */
export function sessionJobHandlers(deps: SessionMailDeps): JobHandlers {
	return { [SESSION_NOTICE_JOB]: noticeHandler(deps), [SESSION_REMINDER_JOB]: reminderHandler(deps) };
}
