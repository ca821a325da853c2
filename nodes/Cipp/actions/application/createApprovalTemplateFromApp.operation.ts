import { writes } from '../common/endpoints';
import { additionalFields, choiceField, flag, requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { appIdParameter, templateResult } from '../shared/application';
import type { CippOperation } from '../types';

export const createApprovalTemplateFromApp: CippOperation = {
	resource: 'application',
	value: 'createApprovalTemplateFromApp',
	name: 'Create Approval Template From App',
	action: "Create an app approval template from a tenant's app",
	description:
		"Save a multi-tenant app of a tenant, with the permissions it has, as an app approval template named after Display Name with ' (Auto-created)'; the item carries its templateId. An app registration of a customer tenant is copied to the partner tenant first.",
	...writes('ExecCreateAppTemplate', 'Tenant.Application.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		appIdParameter,
		requiredText(
			{
				displayName: 'Display Name',
				name: 'displayName',
				placeholder: 'e.g. Contoso Reporting',
				description: "The app's name, used in the template name",
			},
			{ name: 'DisplayName', in: 'body' },
		),
		choiceField('Source', 'source', 'Where the permissions are read from', 'Type', 'servicePrincipal', [
			{
				name: 'Enterprise App',
				value: 'servicePrincipal',
				description: 'Permissions from the app registration, else from its consented grants',
			},
			{ name: 'App Registration', value: 'application', description: "The app registration's required permissions" },
		]),
		additionalFields([
			flag(
				'Overwrite',
				'overwrite',
				'Whether an auto-created template of the same app (or name, for app registrations) is replaced',
				'Overwrite',
			),
		]),
	],
	output: templateResult(),
};
