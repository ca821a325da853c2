import type { RecordList } from '../recordLists';

/** Pickers' record lists for the intune resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchIntuneApps: { endpoint: 'ListApps', scope: 'tenant', value: 'id', label: 'displayName', detail: 'publisher' },
	searchIntuneDetectedApps: { endpoint: 'ListDetectedApps', scope: 'tenant', value: 'id', label: 'displayName', detail: 'version' },
	searchIntuneAssignmentFilters: {
		endpoint: 'ListAssignmentFilters',
		scope: 'tenant',
		value: 'id',
		label: 'displayName',
		detail: 'platform',
	},
	searchIntuneAssignmentFilterTemplates: {
		endpoint: 'ListAssignmentFilterTemplates',
		scope: 'cipp',
		value: 'GUID',
		label: 'displayName',
		detail: 'platform',
	},
	searchIntuneTemplates: { endpoint: 'ListIntuneTemplates', scope: 'cipp', value: 'GUID', label: 'Displayname', detail: 'Type' },
	searchIntuneAppTemplates: { endpoint: 'ListAppTemplates', scope: 'cipp', value: 'GUID', label: 'displayName' },
	searchIntuneAutopilotProfiles: {
		endpoint: 'ListAutopilotconfig',
		scope: 'tenant',
		value: 'id',
		label: 'displayName',
		query: { type: 'ApProfile' },
	},
	searchIntuneReusableSettings: { endpoint: 'ListIntuneReusableSettings', scope: 'tenant', value: 'id', label: 'displayName' },
	searchIntuneReusableSettingTemplates: {
		endpoint: 'ListIntuneReusableSettingTemplates',
		scope: 'cipp',
		value: 'GUID',
		label: 'displayName',
	},
	searchIntuneAutopilotDevices: { endpoint: 'ListAPDevices', scope: 'tenant', value: 'id', label: 'serialNumber', detail: 'model' },
};
