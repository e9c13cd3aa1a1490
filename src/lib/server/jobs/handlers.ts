import type { JobHandlers } from '#lib/core/events/jobs.ts';
import { PASSWORD_RESET_JOB, passwordResetHandler, SIGN_UP_JOB, signUpHandler } from '../accounts.ts';
import { assignmentsOf } from '#lib/core/guidance/requests.ts';
import { guidanceRequestsRepository } from '../db/repositories/guidance-requests.ts';
import { messagesRepository } from '../db/repositories/messages.ts';
import { MESSAGE_WAITING_JOB, messageWaitingHandler } from '../guidance/message-notices.ts';
import type { Infrastructure } from '../app/infrastructure.ts';
import { MAIL_JOB, mailHandler } from './mail.ts';
import { sessionJobHandlers } from '../sessions/reminder.ts';

/** Every kind of job the server does, by kind. */
export function jobHandlers({ connection, keyring, mail, transport, passwords }: Infrastructure): JobHandlers {
	const db = connection.db;
	return {
		[MAIL_JOB]: mailHandler(transport),
		[SIGN_UP_JOB]: signUpHandler({ db, mail, passwords }),
		[PASSWORD_RESET_JOB]: passwordResetHandler({ db, mail, passwords }),
		...sessionJobHandlers({ db, mail }),
		[MESSAGE_WAITING_JOB]: messageWaitingHandler({
			db,
			store: messagesRepository(db, keyring),
			assignments: assignmentsOf(guidanceRequestsRepository(db, keyring)),
			mail
		})
	};
}
