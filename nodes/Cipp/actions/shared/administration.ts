import type { IDataObject } from 'n8n-workflow';

import { choiceProperty, choices, requiredText, shownWhen, upnParameter } from '../common/fields';
import { recordParameter, tenantParameter } from '../common/pickers';
import { isRecord, resultRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippParameter, OutputContext, Validator } from '../types';

/** The person's sign-in address CIPP keeps them under (allowedUsers RowKey): shared by Save and Delete CIPP User. */
export const cippUserUpn: CippParameter = upnParameter(
	{ name: 'UPN', in: 'body' },
	{ name: 'cippUserUpn', description: "The person's sign-in address, as CIPP lists it under Get Many CIPP Users" },
);

const templateGuids: Validator = (value, check) => {
	const guids = validate.guidList(value, check) as string[];
	if (guids.length === 0)
		validate.invalid(check, 'no template GUID was given.', 'Enter the GUID of one template or more, separated by commas.');
	return guids;
};

/** GUIDs of CIPP templates (any kind), from a list or text separated by commas: shared by Set and Remove Template Package. */
export const templatePackageGuids: CippParameter = requiredText(
	{ displayName: 'Template IDs', name: 'templateIds', description: 'GUIDs of the templates (any kind), separated by commas' },
	{ name: 'GUID', in: 'body', encoding: 'stringList', validate: templateGuids },
);

/** Answers that are one plain object (settings), not CIPP's `{Results}` envelope: the object as one item. */
export function settingsRecord(response: unknown, context: OutputContext): IDataObject[] {
	if (isRecord(response) && typeof response.Results === 'string') context.fail(response.Results);
	return [isRecord(response) ? response : { value: response as IDataObject[string] }];
}

/**
 * CIPP's `{Results: [...]}` records, where a failure is an HTTP 200 list of `{resultText, state}` rows
 * (custom data): a row with state error fails the item.
 */
export function errorRowRecords(response: unknown, context: OutputContext): IDataObject[] {
	const rows = isRecord(response) && Array.isArray(response.Results) ? response.Results : [];
	const errors = rows.filter((row) => isRecord(row) && row.state === 'error' && typeof row.resultText === 'string');
	if (errors.length > 0) context.fail(errors.map((row) => String((row as IDataObject).resultText)).join(' '));
	return resultRecords(response, context);
}

/** Tenant or global (CIPP's AllTenants partition): a custom variable's scope. The tenant picker below fills tenantId for Tenant. */
export const variableScope: CippParameter = {
	property: choiceProperty(
		'Scope',
		'variableScope',
		'tenant',
		choices({ Tenant: 'tenant', 'Global (All Tenants)': 'global' }),
		"Whether the variable is one tenant's value or the global one",
	),
	send: { name: 'tenantId', in: 'body' },
	// Global is CIPP's AllTenants partition; Tenant leaves tenantId to the tenant picker.
	validate: (value) => (value === 'global' ? validate.ALL_TENANTS : undefined),
};

/** The tenant of a tenant-scoped custom variable (CIPP keeps it under the tenant's customerId). */
export const variableTenant: CippParameter = shownWhen({ variableScope: ['tenant'] }, tenantParameter('body', { name: 'tenantId' }));

/** The variable's name, without the % signs (the CippReplacemap RowKey). */
export const variableName: CippParameter = requiredText(
	{
		displayName: 'Variable Name',
		name: 'variableName',
		placeholder: 'e.g. WallpaperPath',
		description: 'The name without % signs; templates use it as %name%',
	},
	{ name: 'RowKey', in: 'body', validate: validate.matching(/^[A-Za-z0-9_.-]+$/, 'WallpaperPath (letters, digits, _ . -)') },
);

/** A GitHub repository's owner/name, as CIPP's FullName. */
export const repositoryFullName: Validator = validate.matching(/^[\w.-]+\/[\w.-]+$/, 'CyberDrain/CIPP-Templates');

/** A GitHub repository CIPP knows as a template source, by owner/name (FullName). */
export const communityRepo: CippParameter = recordParameter(
	{
		displayName: 'Repository',
		name: 'repository',
		description: 'The GitHub repository, as owner/name',
		searchListMethod: 'searchCommunityRepos',
		placeholder: 'Select a repository...',
		typed: 'text',
	},
	{ name: 'FullName', in: 'body', validate: repositoryFullName },
);

/**
 * CIPP stores custom roles under their lower-case name but looks some up as given (Delete, the Entra
 * group): a name is sent in lower case, so each action finds the role.
 */
export const lowerCaseRoleName: Validator = (value, check) => {
	const name = validate.text(value, check).toLowerCase();
	if (['anonymous', 'authenticated'].includes(name))
		validate.invalid(check, `CIPP does not allow the role name ${name}.`, 'Choose another name.');
	return name;
};

/** A CIPP custom role, by name. */
export const customRoleName: CippParameter = requiredText(
	{ displayName: 'Role Name', name: 'roleName', placeholder: 'e.g. helpdesk-contoso', description: 'The custom role (see Get Many Roles)' },
	{ name: 'RoleName', in: 'body', validate: lowerCaseRoleName },
);
