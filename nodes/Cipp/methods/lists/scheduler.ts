import { cippList, type RecordList } from '../recordLists';

/** Pickers' record lists for the scheduler resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchSchedulerCommands: cippList('ListFunctionParameters', 'Function', 'Function', 'Synopsis'),
	searchScheduledTasks: cippList('ListScheduledItems', 'RowKey', 'Name', 'TaskState'),
};
