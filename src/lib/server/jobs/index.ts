export { jobQueue, type JobQueueOptions } from './queue.ts';
export { startJobRunner, type JobRunner, type JobRunnerOptions } from './runner.ts';
