import type { RecordList } from '../recordLists';

/** Pickers' record lists for the reportBuilder resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchReportBuilderTemplates: { endpoint: 'ListReportBuilderTemplates', scope: 'cipp', value: 'GUID', label: 'Name' },
};
