/**
 * User templates in CIPP's templates table: Invoke-ListNewUserDefaults, -AddUserDefaults, -RemoveUserDefaultTemplate,
 * -ListJITAdminTemplates, -AddJITAdminTemplate, -EditJITAdminTemplate, -RemoveJITAdminTemplate.
 */
import { randomUUID } from 'node:crypto';

import { perSandbox, stableGuid } from '../../../directory';
import { convertToBoolean, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';

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

const body = (ctx: EndpointContext, name: string): unknown => ctx.fromBody(name) ?? null;

/** The JIT template object CIPP rebuilds on every Add and Edit (Invoke-AddJITAdminTemplate.ps1:76-128): missing booleans false, missing fields null. */
function jitTemplate(ctx: EndpointContext, tenantFilter: string, templateName: string): Record<string, unknown> {
	const bool = (name: string) => convertToBoolean(ctx.fromBody(name));
	const template: Record<string, unknown> = {
		tenantFilter,
		templateName,
		defaultForTenant: bool('defaultForTenant'),
		defaultRoles: body(ctx, 'defaultRoles'),
		defaultGroups: body(ctx, 'defaultGroups'),
		defaultUseRoles: bool('defaultUseRoles'),
		defaultUseGroups: bool('defaultUseGroups'),
		defaultDuration: body(ctx, 'defaultDuration'),
		defaultExpireAction: body(ctx, 'defaultExpireAction'),
		defaultNotificationActions: body(ctx, 'defaultNotificationActions'),
		generateTAPByDefault: bool('generateTAPByDefault'),
		reasonTemplate: body(ctx, 'reasonTemplate'),
		createdBy: ctx.client.appName,
	};
	const action = psString(ctx.fromBody('defaultUserAction'));
	if (action.trim()) template.defaultUserAction = action;
	if (action === 'select' && ctx.fromBody('defaultExistingUser')) template.defaultExistingUser = ctx.fromBody('defaultExistingUser');
	return template;
}

/** Only one default per tenant: setting one unsets the others (:50-67). */
function unsetOtherDefaults(rows: Template[], tenantFilter: string, except: string | null): void {
	for (const row of rows)
		if (row.GUID !== except && row.tenantFilter === tenantFilter && row.defaultForTenant === true) row.defaultForTenant = false;
}

function jitWrite(edit: boolean): Endpoint {
	const verb = edit ? 'update' : 'create';
	return {
		name: edit ? 'EditJITAdminTemplate' : 'AddJITAdminTemplate',
		role: 'Identity.Role.ReadWrite',
		handle(ctx) {
			try {
				const guid = psString(ctx.fromBody('GUID'));
				const tenantFilter = psString(ctx.fromBody('tenantFilter'));
				const templateName = psString(ctx.fromBody('templateName'));
				if (edit && !guid.trim()) throw new Error('GUID is required');
				if (!tenantFilter.trim()) throw new Error('tenantFilter is required');
				if (!templateName.trim()) throw new Error('templateName is required');
				const rows = tables(ctx.state).get('JITAdminTemplate') ?? [];
				const existing = edit ? rows.find((row) => row.GUID === guid) : undefined;
				if (edit && !existing) throw new Error(`Template with GUID '${guid}' not found`);
				if (rows.some((row) => row.GUID !== guid && row.tenantFilter === tenantFilter && row.templateName === templateName)) {
					throw new Error(`A template with name '${templateName}' already exists for tenant '${tenantFilter}'`);
				}
				if (tenantFilter === 'AllTenants' && ctx.fromBody('defaultUserAction') === 'select') {
					throw new Error('defaultUserAction cannot be "select" when tenantFilter is "AllTenants"');
				}
				const template = jitTemplate(ctx, tenantFilter, templateName);
				if (template.defaultForTenant) unsetOtherDefaults(rows, tenantFilter, edit ? guid : null);
				if (existing) {
					Object.keys(existing).forEach((key) => key !== 'GUID' && delete existing[key]);
					Object.assign(existing, template, { createdBy: existing.createdBy ?? template.createdBy });
					return { status: 200, body: { Results: `Updated JIT Admin Template '${templateName}' (GUID: ${guid})` } };
				}
				const id = randomUUID();
				rows.push({ ...template, GUID: id } as Template);
				return { status: 200, body: { Results: `Created JIT Admin Template '${templateName}' with GUID ${id}` } };
			} catch (error) {
				return { status: 500, body: { Results: `Failed to ${verb} JIT Admin Template: ${(error as Error).message}` } };
			}
		},
	};
}

/** Invoke-AddUserDefaults: stores the posted fields as given (autocomplete fields by .value); a GUID replaces that template whole. */
const AddUserDefaults: Endpoint = {
	name: 'AddUserDefaults',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const valueOf = (name: string) => {
			const given = ctx.fromBody(name);
			return typeof given === 'string' ? given : ((given as { value?: unknown } | undefined)?.value ?? null);
		};
		const copied =
			'givenName surname displayName addedAliases Autopassword password MustChangePass licenses jobTitle streetAddress city state postalCode country companyName department mobilePhone otherMails setManager setSponsor copyFrom'.split(
				' ',
			);
		const phones = ctx.fromBody('businessPhones');
		const template: Record<string, unknown> = {
			...Object.fromEntries(copied.map((name) => [name, body(ctx, name)])),
			tenantFilter: body(ctx, 'tenantFilter'),
			templateName: body(ctx, 'templateName'),
			defaultForTenant: convertToBoolean(ctx.fromBody('defaultForTenant')),
			primDomain: valueOf('primDomain'),
			usageLocation: valueOf('usageLocation'),
			businessPhones: (Array.isArray(phones) ? phones : phones ? [phones] : []).filter((phone) => String(phone).trim() !== ''),
		};
		const guid = psString(ctx.fromBody('GUID')) || randomUUID();
		const rows = tables(ctx.state).get('UserDefaultTemplate') ?? [];
		const index = rows.findIndex((row) => row.GUID === guid);
		rows.splice(index < 0 ? rows.length : index, index < 0 ? 0 : 1, { ...template, GUID: guid } as Template);
		const action = ctx.fromBody('GUID') ? 'Updated' : 'Created';
		return { status: 200, body: { Results: `${action} User Default Template '${psString(template.templateName)}' with GUID ${guid}` } };
	},
};

export const endpoints: Endpoint[] = [
	jitWrite(false),
	jitWrite(true),
	AddUserDefaults,
	list('UserDefaultTemplate', 'ID'),
	remove('UserDefaultTemplate', 'User Default Template'),
	list('JITAdminTemplate', 'GUID'),
	remove('JITAdminTemplate', 'JIT Admin Template'),
];
