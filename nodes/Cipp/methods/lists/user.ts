import type { RecordList } from '../recordLists';

/** Pickers' record lists for the user resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {};
