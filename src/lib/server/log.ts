import pino from 'pino';
import { LOG_LEVEL } from '$app/env/private';

// Logs carry ids, routes and statuses, never what a person wrote.
export const log = pino({ level: LOG_LEVEL, base: undefined });

/** What a log line may say about an error: its kind, never a message that could quote someone's words. */
export const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);
