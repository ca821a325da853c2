import { templateList, tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the user resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchUserAdminRoles: tenantList('ListRoles', 'roleTemplateId', 'DisplayName'),
	searchUserDefaultTemplates: templateList('ListNewUserDefaults', 'templateName'),
	searchUserJitTemplates: templateList('ListJITAdminTemplates', 'templateName'),
};
