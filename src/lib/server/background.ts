import { JOB_INTERVAL_SECONDS } from '$app/env/private';
import { jobHandlers } from './jobs/handlers.ts';
import { startJobRunner, type JobRunner } from './jobs/index.ts';
import { errorName, log } from './log.ts';
import { getInfrastructure } from './app/infrastructure.ts';

// The work an instance does besides answering requests: running due jobs. Every instance runs it; the job
// table's claim makes sure each job is done by one of them. Started once, from the server's init hook.

let runner: JobRunner | undefined;

export async function startBackground(): Promise<void> {
	if (runner) return;
	const services = await getInfrastructure();
	runner = startJobRunner({
		queue: services.jobs,
		handlers: jobHandlers(services),
		intervalMs: JOB_INTERVAL_SECONDS * 1000,
		onError: (error) => log.warn({ err: errorName(error) }, 'running due jobs failed; trying again later'),
		onRun: (result) => {
			if (result.retrying || result.gaveUp)
				log.warn({ retrying: result.retrying, gaveUp: result.gaveUp }, 'some jobs failed');
		}
	});
	// A queued e-mail goes out at once, not at the next round; a moment later, so that sending it never shares
	// the turn of the request that queued it (its answer would wait, and tell that an e-mail was queued).
	// Rings while one is pending add nothing: that run will take them all.
	let pending = false;
	services.jobBell.answer(() => {
		if (pending) return;
		pending = true;
		setTimeout(() => {
			pending = false;
			void runner?.runNow();
		}, 50).unref();
	});
}
