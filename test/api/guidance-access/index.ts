import { rows as member } from './member.ts';
import { rows as messages } from './messages.ts';
import { rows as sessions } from './sessions.ts';
import { rows as specialist } from './specialist.ts';
import { rows as staff } from './staff.ts';

export type { AccessRow } from './row.ts';
/** Every route of personalized guidance, API and pages, by area. */
export const accessRows = [...member, ...messages, ...sessions, ...specialist, ...staff];
