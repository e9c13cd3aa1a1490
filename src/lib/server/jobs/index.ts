export { jobQueue, type JobQueueOptions } from '../db/repositories/jobs.ts';
export { startJobRunner, type JobRunner, type JobRunnerOptions } from './runner.ts';
