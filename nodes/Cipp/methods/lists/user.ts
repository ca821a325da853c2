import type { RecordList } from '../recordLists';

/** Pickers' record lists for the user resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchUserAdminRoles: { endpoint: 'ListRoles', scope: 'tenant', value: 'roleTemplateId', label: 'DisplayName' },
	searchUserDefaultTemplates: { endpoint: 'ListNewUserDefaults', scope: 'cipp', value: 'GUID', label: 'templateName' },
	searchUserJitTemplates: { endpoint: 'ListJITAdminTemplates', scope: 'cipp', value: 'GUID', label: 'templateName' },
};
