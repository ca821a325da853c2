import { templateList, type RecordList } from '../recordLists';

/** Pickers' record lists for the standard resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchBaselines: templateList('ListBaselines', 'templateName'),
};
