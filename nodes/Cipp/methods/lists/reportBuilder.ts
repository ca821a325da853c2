import { templateList, type RecordList } from '../recordLists';

/** Pickers' record lists for the reportBuilder resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchReportBuilderTemplates: templateList('ListReportBuilderTemplates', 'Name'),
};
