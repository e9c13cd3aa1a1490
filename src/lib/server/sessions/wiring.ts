import type { Kysely } from 'kysely';
import type { JobQueue } from '#lib/core/events/jobs.ts';
import { assignmentsOf } from '#lib/core/guidance/requests.ts';
import type { BookingNotifier, SessionStores, StoredAvailability } from '#lib/core/sessions/bookings.ts';
import { availabilityRepository } from '../db/repositories/availability.ts';
import { bookingsRepository } from '../db/repositories/bookings.ts';
import { guidanceRequestsRepository } from '../db/repositories/guidance-requests.ts';
import { specialistProfilesRepository } from '../db/repositories/specialists.ts';
import type { Database } from '../db/schema.ts';
import { log } from '../log.ts';
import { errorName } from '../log.ts';
import { getInfrastructure } from '../app/infrastructure.ts';
import { enqueueNotice, enqueueReminder } from './reminder.ts';

// The stores of sessions, built in one place for the routes: hours, bookings, who is whose specialist, and a
// notifier that queues the plain e-mail to the other side and the reminder a day before.

/**
 * Tells the other side through the job queue, and (for a booking made or moved) queues its reminder. A failure
 * is logged without anyone's words; the booking stands (see BookingNotifier).
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

export interface SessionsWiring {
	db: Kysely<Database>;
	stores: SessionStores;
	/** A specialist's name to show the member, and their own time zone. */
	profile(specialistId: string): Promise<{ displayName: string; timeZone: string } | undefined>;
	/** The specialist's hours, or none yet in their profile's time zone; `updatedAt` null when never saved. */
	hoursOf(specialistId: string): Promise<Omit<StoredAvailability, 'updatedAt'> & { updatedAt: string | null }>;
	/** The specialists assigned to the member now (from their open requests). */
	specialistsOf(memberId: string): Promise<string[]>;
}

/** `origin` is the site's address as this request saw it, for the e-mails' links. */
export async function sessionsWiring(origin: string): Promise<SessionsWiring> {
	const { connection, keyring, jobs } = await getInfrastructure();
	const db = connection.db;
	const requests = guidanceRequestsRepository(db, keyring);
	const profiles = specialistProfilesRepository(db);
	return {
		db,
		stores: {
			availability: availabilityRepository(db),
			bookings: bookingsRepository(db),
			notifier: queuedBookingNotifier(jobs, origin),
			assignments: assignmentsOf(requests)
		},
		async profile(specialistId) {
			const found = await profiles.get(specialistId);
			return found && { displayName: found.displayName, timeZone: found.timeZone };
		},
		async hoursOf(specialistId) {
			const stored = await availabilityRepository(db).get(specialistId);
			if (stored) return stored;
			const timeZone = (await profiles.get(specialistId))?.timeZone ?? 'UTC';
			return { timeZone, sessionMinutes: 50, stepMinutes: 60, rules: [], exceptions: [], updatedAt: null };
		},
		async specialistsOf(memberId) {
			const mine = await requests.forMember(memberId);
			const ids = [...new Set(mine.flatMap((r) => (r.state !== 'closed' && r.specialistId ? [r.specialistId] : [])))];
			const assignments = assignmentsOf(requests);
			const still = await Promise.all(ids.map((id) => assignments.isAssigned(id, memberId)));
			return ids.filter((_, i) => still[i]);
		}
	};
}
