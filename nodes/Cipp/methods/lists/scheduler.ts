import type { RecordList } from '../recordLists';

/** Pickers' record lists for the scheduler resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchSchedulerCommands: { endpoint: 'ListFunctionParameters', scope: 'cipp', value: 'Function', label: 'Function', detail: 'Synopsis' },
	searchScheduledTasks: { endpoint: 'ListScheduledItems', scope: 'cipp', value: 'RowKey', label: 'Name', detail: 'TaskState' },
};
