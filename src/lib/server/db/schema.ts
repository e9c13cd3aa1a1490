import type {
	EmailTokenTable,
	MemberTable,
	PasskeyTable,
	RateLimitTable,
	SecurityEventTable,
	SessionTable,
	WebauthnChallengeTable
} from './tables/accounts.ts';
import type { AuditLogTable, ConsentTable, GuidanceRequestTable, SpecialistNoteTable } from './tables/guidance.ts';
import type { JobTable } from './tables/jobs.ts';
import type { CheckInTable, ContactTable, PlanVersionTable, ReachOutTable } from './tables/member-data.ts';
import type { MessageTable, MessageThreadTable, ThreadReadTable } from './tables/messages.ts';
import type { AvailabilityTable, BookingTable } from './tables/sessions.ts';
import type {
	AdminLogTable,
	OrganisationTable,
	SpecialistProfileTable,
	StaffInviteTable,
	StaffTable
} from './tables/staff.ts';
import type { DataStepTable } from './tables/upkeep.ts';

// The tables, as Kysely sees them, one file per feature in tables/. Times are ISO 8601 UTC strings in both
// dialects, so they compare and sort the same on SQLite and PostgreSQL. Columns ending in _enc hold AES-256-GCM
// ciphertext (with its key id).

export interface Database {
	guidance_requests: GuidanceRequestTable;
	staff: StaffTable;
	specialist_profiles: SpecialistProfileTable;
	staff_invites: StaffInviteTable;
	organisation: OrganisationTable;
	members: MemberTable;
	sessions: SessionTable;
	admin_log: AdminLogTable;
	security_events: SecurityEventTable;
	email_tokens: EmailTokenTable;
	rate_limits: RateLimitTable;
	reach_outs: ReachOutTable;
	plan_versions: PlanVersionTable;
	contacts: ContactTable;
	passkeys: PasskeyTable;
	webauthn_challenges: WebauthnChallengeTable;
	check_ins: CheckInTable;
	availability: AvailabilityTable;
	bookings: BookingTable;
	jobs: JobTable;
	consents: ConsentTable;
	audit_log: AuditLogTable;
	specialist_notes: SpecialistNoteTable;
	message_threads: MessageThreadTable;
	messages: MessageTable;
	thread_reads: ThreadReadTable;
	data_steps: DataStepTable;
}

export type * from './tables/accounts.ts';
export type * from './tables/guidance.ts';
export type * from './tables/jobs.ts';
export type * from './tables/member-data.ts';
export type * from './tables/messages.ts';
export type * from './tables/sessions.ts';
export type * from './tables/staff.ts';
export type * from './tables/upkeep.ts';
export type { Generated } from 'kysely';
