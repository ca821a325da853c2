import { templateList, tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the intune resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchIntuneApps: tenantList('ListApps', 'id', 'displayName', 'publisher'),
	searchIntuneDetectedApps: tenantList('ListDetectedApps', 'id', 'displayName', 'version'),
	searchIntuneAssignmentFilters: tenantList('ListAssignmentFilters', 'id', 'displayName', 'platform'),
	searchIntuneAssignmentFilterTemplates: templateList('ListAssignmentFilterTemplates', 'displayName', 'platform'),
	searchIntuneTemplates: templateList('ListIntuneTemplates', 'Displayname', 'Type'),
	searchIntuneAppTemplates: templateList('ListAppTemplates', 'displayName'),
	searchIntuneAutopilotProfiles: { ...tenantList('ListAutopilotconfig', 'id', 'displayName'), query: { type: 'ApProfile' } },
	searchIntuneReusableSettings: tenantList('ListIntuneReusableSettings', 'id', 'displayName'),
	searchIntuneReusableSettingTemplates: templateList('ListIntuneReusableSettingTemplates', 'displayName'),
	searchIntuneAutopilotDevices: tenantList('ListAPDevices', 'id', 'serialNumber', 'model'),
};
