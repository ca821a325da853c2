import { cippList, type RecordList } from '../recordLists';

/** Pickers' record lists for the alert resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchAlertRules: cippList('ListAlertsQueue', 'RowKey', 'Conditions', 'EventType'),
};
