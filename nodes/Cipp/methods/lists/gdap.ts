import type { RecordList } from '../recordLists';

/** Pickers' record lists for the gdap resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	gdapSearchRelationships: { endpoint: 'ListGDAPRelationships', scope: 'cipp', value: 'id', label: 'displayName', detail: 'status' },
	gdapSearchRoleMappings: { endpoint: 'ListGDAPRoles', scope: 'cipp', value: 'GroupId', label: 'GroupName', detail: 'RoleName' },
	gdapSearchRoleTemplates: { endpoint: 'ExecGDAPRoleTemplate', scope: 'cipp', value: 'TemplateId', label: 'TemplateId' },
	gdapSearchInvites: { endpoint: 'ListGDAPInvite', scope: 'cipp', value: 'RowKey', label: 'RowKey', detail: 'Reference' },
};
