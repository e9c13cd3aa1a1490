/** Who is whose specialist: a specialist is assigned to a member while one of the member's requests is theirs. */
export interface Assignments {
	isAssigned(specialistId: string, memberId: string): Promise<boolean>;
}

/** Assignments, and the one question a list of threads asks of them all at once. */
export interface ThreadAssignments extends Assignments {
	/** The members this specialist is assigned to now. */
	clientsOf(specialistId: string): Promise<ReadonlySet<string>>;
}
