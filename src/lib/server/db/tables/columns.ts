import type { ColumnType } from 'kysely';
import type { CrisisLevel } from '../../../core/message-check/types.ts';

// Column types shared by several tables.

/** Set once, when the row is made. */
export type CreatedAt = ColumnType<string, string, never>;

/**
 * Whether the message check found words of a crisis: 1 or 0, an integer on both databases (migration 020 made
 * the messages column one too). Only the flag and its level are kept, never the words; read it with `isCrisis`.
 */
export type CrisisFlag = ColumnType<number, 0 | 1, never>;

/** 'urgent' or 'concern' when the crisis flag is 1 (migration 019); null otherwise, and on rows flagged before it. */
export type CrisisLevelColumn = ColumnType<CrisisLevel | null, CrisisLevel | null | undefined, CrisisLevel | null>;
