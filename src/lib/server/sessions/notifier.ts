import type { JobQueue } from '#lib/core/events/jobs.ts';
import type { BookingNotifier } from '#lib/core/sessions/bookings.ts';
import { errorName, log } from '../log.ts';
import { enqueueNotice, enqueueReminder } from './reminder.ts';

/**
 * Tells the other side through the job queue, and (for a booking made or moved) queues its reminder. A failure
 * is logged without anyone's words; the booking stands (see BookingNotifier). `origin` is the site's address as
 * the request saw it, for the e-mails' links.
 */
export function queuedBookingNotifier(jobs: JobQueue, origin: string, clock = () => new Date()): BookingNotifier {
	return {
		async notify(notice) {
			const now = clock();
			try {
				await enqueueNotice(jobs, notice, origin, now);
				if (notice.kind !== 'cancelled') await enqueueReminder(jobs, notice.booking, origin, now);
			} catch (error) {
				log.warn(
					{ err: errorName(error), kind: notice.kind },
					'a session was changed, but its e-mails were not queued'
				);
				throw error;
			}
		}
	};
}
