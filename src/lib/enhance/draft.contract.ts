// The guide's answers: the fields inside a mark are kept in the draft reach-out (draft-fields.ts), each named after
// its place in it ("askYourselfNotes.recovery").
export enum DraftFieldsMark {
	root = 'data-draft'
}
