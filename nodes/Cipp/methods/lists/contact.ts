import { templateList, tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the contact resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchContacts: tenantList('ListContacts', 'Guid', 'DisplayName', 'WindowsEmailAddress'),
	searchContactTemplates: templateList('ListContactTemplates', 'name', 'email'),
};
