import { cippList, type RecordList } from '../recordLists';

/** Pickers' record lists for the gdap resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	gdapSearchRelationships: cippList('ListGDAPRelationships', 'id', 'displayName', 'status'),
	gdapSearchRoleMappings: cippList('ListGDAPRoles', 'GroupId', 'GroupName', 'RoleName'),
	gdapSearchRoleTemplates: cippList('ExecGDAPRoleTemplate', 'TemplateId', 'TemplateId'),
	gdapSearchInvites: cippList('ListGDAPInvite', 'RowKey', 'RowKey', 'Reference'),
};
