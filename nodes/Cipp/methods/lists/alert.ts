import type { RecordList } from '../recordLists';

/** Pickers' record lists for the alert resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchAlertRules: { endpoint: 'ListAlertsQueue', scope: 'cipp', value: 'RowKey', label: 'Conditions', detail: 'EventType' },
};
