import type { JobHandlers, JobQueue, RunResult } from '#lib/core/events/jobs.ts';

// The loop that runs due jobs every intervalMs on this instance. Every instance may run one: the queue's claim
// makes sure each job is done by one of them. Runs never overlap; while a run claims a full batch, the next
// starts at once. The timer is unref'd, so it never keeps the process alive; stop() waits for a run under way.
// Start it from the server's init (not from a request hook), once per process.

export interface JobRunnerOptions {
	queue: JobQueue;
	handlers: JobHandlers;
	intervalMs?: number;
	/** A full batch means more may be waiting: run again without waiting. Match the queue's batchSize. */
	batchSize?: number;
	clock?: () => Date;
	/** Told when a run itself fails (the database is away); a failing handler is the queue's business. */
	onError?: (error: unknown) => void;
	onRun?: (result: RunResult) => void;
}

export interface JobRunner {
	/** Runs due jobs now (after any run under way), outside the timer. */
	runNow(): Promise<void>;
	stop(): Promise<void>;
}

export function startJobRunner(options: JobRunnerOptions): JobRunner {
	const intervalMs = options.intervalMs ?? 30_000;
	const batchSize = options.batchSize ?? 10;
	const clock = options.clock ?? (() => new Date());
	let stopped = false;
	let timer: NodeJS.Timeout | null = null;
	let running: Promise<void> = Promise.resolve();

	async function drain() {
		// A bound, so a handler that keeps failing at once cannot spin here.
		for (let round = 0; round < 100 && !stopped; round++) {
			const result = await options.queue.runDueJobs(clock(), options.handlers);
			options.onRun?.(result);
			if (result.claimed < batchSize) return;
		}
	}

	function runOnce(): Promise<void> {
		running = running
			.then(() => drain())
			.catch((error: unknown) => {
				try {
					options.onError?.(error);
				} catch {
					// A broken reporter must not stop the runner.
				}
			});
		return running;
	}

	function schedule() {
		if (stopped) return;
		timer = setTimeout(() => {
			timer = null;
			void runOnce().then(schedule);
		}, intervalMs);
		timer.unref();
	}

	schedule();
	return {
		runNow: () => runOnce(),
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			timer = null;
			await running;
		}
	};
}
