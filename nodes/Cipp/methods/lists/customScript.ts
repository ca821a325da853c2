import type { RecordList } from '../recordLists';

/** Pickers' record lists for the customScript resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchCustomScripts: { endpoint: 'ListCustomScripts', scope: 'cipp', value: 'ScriptGuid', label: 'ScriptName', detail: 'Pillar' },
};
