import type { RecordList } from '../recordLists';

/** Pickers' record lists for the contact resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchContacts: { endpoint: 'ListContacts', scope: 'tenant', value: 'Guid', label: 'DisplayName', detail: 'WindowsEmailAddress' },
	searchContactTemplates: { endpoint: 'ListContactTemplates', scope: 'cipp', value: 'GUID', label: 'name', detail: 'email' },
};
