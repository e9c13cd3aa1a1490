import type { CrisisLevel } from '../message-check/types.ts';
import type { Message } from './message-ports.ts';

// A message as its reader sees it: the one shape the thread page, the API, the live stream (SSE) and the
// browser's script (enhance/messages.ts) share.

export interface ReaderMessage {
	id: string;
	senderId: string;
	/** The reader wrote it. */
	mine: boolean;
	body: string;
	crisis: boolean;
	/** 'urgent' or 'concern' when crisis is true; null on messages flagged before levels were kept. */
	crisisLevel: CrisisLevel | null;
	createdAt: string;
}

export const forReader = (message: Message, readerId: string): ReaderMessage => ({
	id: message.id,
	senderId: message.senderId,
	mine: message.senderId === readerId,
	body: message.body,
	crisis: message.crisis,
	crisisLevel: message.crisisLevel,
	createdAt: message.createdAt
});
