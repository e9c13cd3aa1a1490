/** Who is whose specialist: a specialist is assigned to a member while one of the member's requests is theirs. */
export interface Assignments {
	isAssigned(specialistId: string, memberId: string): Promise<boolean>;
}
