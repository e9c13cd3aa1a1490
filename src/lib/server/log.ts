import pino from 'pino';
import { LOG_LEVEL } from '$app/env/private';

// Logs carry ids, routes and statuses, never what a person wrote.
export const log = pino({ level: LOG_LEVEL, base: undefined });
