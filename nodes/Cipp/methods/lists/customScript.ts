import { cippList, type RecordList } from '../recordLists';

/** Pickers' record lists for the customScript resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchCustomScripts: cippList('ListCustomScripts', 'ScriptGuid', 'ScriptName', 'Pillar'),
};
