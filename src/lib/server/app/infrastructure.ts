import { join } from 'node:path';
import {
	ADDRESS_LIMIT_MULTIPLIER,
	DATA_DIR,
	DATABASE_URL,
	KEY_FILE,
	MAIL_FROM,
	PORCHLIGHT_KEY,
	SESSION_IDLE_MINUTES,
	SESSION_MAX_HOURS,
	SMTP_URL
} from '$app/env/private';
import type { Passwords } from '#lib/core/accounts/ports.ts';
import type { EventBus } from '#lib/core/events/bus.ts';
import type { EventMap } from '#lib/core/events/map.ts';
import type { JobQueue } from '#lib/core/events/jobs.ts';
import type { Mailer } from '#lib/core/shared/mailer.ts';
import { argon2Passwords } from '../accounts.ts';
import { outboxTransport, smtpTransport, type MailTransport } from '../adapters/mailer.ts';
import { multiplyAddressLimits } from '../auth/limiter.ts';
import type { SessionPolicy } from '../auth/session.ts';
import type { Keyring } from '../crypto/field-cipher.ts';
import { keyFilePath, keyringFromEnv, keyringFromFile } from '../crypto/keyring.ts';
import { bindOwners } from '../crypto/owner-binding.ts';
import { loosePaths } from '../data-dir.ts';
import { connect, type Connection } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { eventBusFor } from '../events/index.ts';
import { jobQueue } from '../jobs/index.ts';
import { mailQueue, queuedMailer, type MailQueue } from '../jobs/mail.ts';
import { errorName, log } from '../log.ts';

// What the server is built on, made once on first use (nothing here is touched while pages prerender): the
// database, keys, mail, the bus and the job queue. Only the composition root (index.ts) and the server's own
// plumbing (hooks, the job runner) use it; routes get use-cases from `getApp()`.

export interface Infrastructure {
	connection: Connection;
	/** The use-cases' Mailer port: each e-mail becomes a `mail` job of its own; nothing is sent inline. */
	mailer: Mailer;
	/** E-mails queued by jobs, with their own idempotency keys. */
	mail: MailQueue;
	/** What the `mail` job sends through: SMTP, or the outbox folder. */
	transport: MailTransport;
	/** Rung when an e-mail is queued, so this instance's job runner sends it now (background.ts answers it). */
	jobBell: JobBell;
	passwords: Passwords;
	sessionPolicy: SessionPolicy;
	/** Keys for the sensitive fields stored encrypted at rest. */
	keyring: Keyring;
	/** Live events across instances (new messages): LISTEN/NOTIFY on PostgreSQL, in-process on SQLite. */
	bus: EventBus<EventMap>;
	/** Work for later (reminders, "a message is waiting"), done once by whichever instance claims it. */
	jobs: JobQueue;
}

export interface JobBell {
	ring(): void;
	answer(listener: () => void): void;
}

function jobBell(): JobBell {
	let listener = () => {};
	return {
		ring: () => listener(),
		answer: (next) => void (listener = next)
	};
}

let infrastructure: Promise<Infrastructure> | undefined;

async function start(): Promise<Infrastructure> {
	multiplyAddressLimits(ADDRESS_LIMIT_MULTIPLIER);
	const keyring = PORCHLIGHT_KEY ? keyringFromEnv(PORCHLIGHT_KEY) : keyringFromFile(DATA_DIR, { keyFile: KEY_FILE });
	const connection = connect({
		databaseUrl: DATABASE_URL,
		dataDir: DATA_DIR,
		onIdleError: (error) =>
			log.warn({ code: error.code }, 'a PostgreSQL connection was dropped; the pool will make a new one')
	});
	await migrateToLatest(connection.db);
	const rebound = await bindOwners(connection.db, keyring, new Date());
	if (rebound !== null) log.info({ rows: rebound }, 'encrypted values now bind their owner (migration 018)');
	let transport: MailTransport;
	if (SMTP_URL) transport = smtpTransport(SMTP_URL, MAIL_FROM);
	else {
		const outbox = join(DATA_DIR, 'outbox');
		log.warn({ outbox }, 'SMTP_URL is not set: e-mails are written to the outbox folder instead of being sent');
		transport = outboxTransport(outbox, MAIL_FROM);
	}
	const jobs = jobQueue(connection.db, connection.dialect);
	const bell = jobBell();
	const mail = mailQueue(jobs, bell.ring);
	log.info({ database: connection.dialect }, 'database ready');
	for (const { path, mode } of loosePaths(DATA_DIR, PORCHLIGHT_KEY ? undefined : keyFilePath(DATA_DIR, KEY_FILE)))
		log.warn({ path, mode }, 'others may read this: DATA_DIR should be 0700 and its files 0600 (chmod)');
	const bus = eventBusFor(connection, {
		databaseUrl: DATABASE_URL,
		onError: (error) => log.warn({ err: errorName(error) }, 'the event bus had a problem; it reconnects by itself')
	});
	return {
		bus,
		jobs,
		connection,
		mailer: queuedMailer(mail),
		mail,
		transport,
		jobBell: bell,
		passwords: await argon2Passwords(),
		sessionPolicy: { idleMs: SESSION_IDLE_MINUTES * 60_000, absoluteMs: SESSION_MAX_HOURS * 3_600_000 },
		keyring
	};
}

export function getInfrastructure(): Promise<Infrastructure> {
	infrastructure ??= start().catch((error: unknown) => {
		infrastructure = undefined;
		throw error;
	});
	return infrastructure;
}
