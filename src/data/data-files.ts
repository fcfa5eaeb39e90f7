/** The names of a dataset's files: apart from their schemas, so naming them loads no validation code. */
export const ORGANISATIONS_FILE = 'organisations.csv';
export const PAIRINGS_FILE = 'pairings.csv';
export const EVIDENCE_FILE = 'evidence.csv';
export const STORY_FILE = 'story.json';
