import { z } from 'zod';

// The bodies of the booking routes, shared with their OpenAPI description. What the fields must hold is the
// core's to say (with field messages); these only bound their size.
export const bookingInput = z.object({ specialistId: z.string().max(64), startsAt: z.string().max(64) }).strict();
export const moveInput = z.object({ startsAt: z.string().max(64) }).strict();
