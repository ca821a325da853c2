/** User templates in CIPP's templates table: Invoke-ListNewUserDefaults, -RemoveUserDefaultTemplate, -ListJITAdminTemplates, -RemoveJITAdminTemplate. */
import { perSandbox, stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

type Template = Record<string, unknown> & { GUID: string; templateName: string; tenantFilter: string };

const KINDS = {
	UserDefaultTemplate: [
		{
			templateName: 'Contoso Sales',
			tenantFilter: 'contoso.onmicrosoft.com',
			defaultForTenant: true,
			usageLocation: { value: 'US', label: 'United States' },
			jobTitle: 'Account Manager',
			department: 'Sales',
		},
		{
			templateName: 'Standard User',
			tenantFilter: 'AllTenants',
			defaultForTenant: false,
			usageLocation: { value: 'US', label: 'United States' },
		},
	],
	JITAdminTemplate: [
		{
			templateName: 'Exchange Break-Fix',
			tenantFilter: 'AllTenants',
			defaultDuration: 'PT4H',
			defaultExpireAction: { value: 'RemoveRoles', label: 'Remove Roles' },
			defaultRoles: [{ value: '29232cdf-9323-42fd-ade2-1d097af3e4de', label: 'Exchange Administrator' }],
		},
		{
			templateName: 'Contoso Global Admin (1 hour)',
			tenantFilter: 'contoso.onmicrosoft.com',
			defaultDuration: 'PT1H',
			defaultExpireAction: { value: 'DisableUser', label: 'Disable User' },
		},
	],
} as const;

type Kind = keyof typeof KINDS;

const tables = perSandbox(
	() =>
		new Map<Kind, Template[]>(
			(Object.keys(KINDS) as Kind[]).map((kind) => [
				kind,
				KINDS[kind].map((spec) => ({ ...structuredClone(spec), GUID: stableGuid(`${kind}/${spec.templateName}`) }) as Template),
			]),
		),
);

/** The list: tenant templates with the AllTenants ones (unless includeAllTenants is false), sorted by name, as JSON text. */
function list(kind: Kind, idField: string): Endpoint {
	return {
		name: kind === 'UserDefaultTemplate' ? 'ListNewUserDefaults' : 'ListJITAdminTemplates',
		role: kind === 'UserDefaultTemplate' ? 'Identity.User.Read' : 'Identity.Role.Read',
		anyTenant: true,
		handle(ctx) {
			const tenant = psString(ctx.fromQuery('TenantFilter'));
			const includeAll = psString(ctx.fromQueryOrBody('includeAllTenants')).toLowerCase() !== 'false';
			let rows = [...(tables(ctx.state).get(kind) ?? [])].map((row) => ({ ...row, RowKey: row.GUID }));
			if (tenant === 'AllTenants') rows = rows.filter((row) => row.tenantFilter === 'AllTenants');
			else if (tenant) rows = rows.filter((row) => row.tenantFilter === tenant || (includeAll && row.tenantFilter === 'AllTenants'));
			rows.sort((a, b) => a.templateName.localeCompare(b.templateName));
			const id = ctx.fromQuery(idField);
			if (id) rows = rows.filter((row) => row.GUID === id);
			return { status: 200, body: JSON.stringify(rows) };
		},
	};
}

function remove(kind: Kind, label: string): Endpoint {
	return {
		name: kind === 'UserDefaultTemplate' ? 'RemoveUserDefaultTemplate' : 'RemoveJITAdminTemplate',
		role: kind === 'UserDefaultTemplate' ? 'Identity.User.ReadWrite' : 'Identity.Role.ReadWrite',
		handle(ctx) {
			const id = psString(ctx.fromQueryOrBody('ID'));
			if (!/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(id)) {
				return { status: 500, body: { Results: `Failed to delete ${label}: '${id}' is not a valid GUID.` } };
			}
			const rows = tables(ctx.state).get(kind) ?? [];
			const index = rows.findIndex((row) => row.GUID === id.toLowerCase());
			if (index < 0) return { status: 404, body: { Results: `${label} with ID ${id} not found` } };
			rows.splice(index, 1);
			return { status: 200, body: { Results: `Successfully deleted ${label} with ID: ${id}` } };
		},
	};
}

export const endpoints: Endpoint[] = [
	list('UserDefaultTemplate', 'ID'),
	remove('UserDefaultTemplate', 'User Default Template'),
	list('JITAdminTemplate', 'GUID'),
	remove('JITAdminTemplate', 'JIT Admin Template'),
];
