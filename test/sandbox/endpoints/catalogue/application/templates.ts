/**
 * CIPP's app approval templates (templates table, AppApprovalTemplate) and app permission sets
 * (AppPermissions table): Invoke-ListAppApprovalTemplates, -ExecAppApprovalTemplate (Delete),
 * -ExecAppPermissionTemplate (list, Save, Delete) and -ExecCreateAppTemplate.
 */
import { perSandbox, stableGuid } from '../../../directory';
import { GraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { findApp } from './apps';

const GRAPH = '00000003-0000-0000-c000-000000000000';

export const APPROVAL_TEMPLATE = {
	TemplateId: stableGuid('appApprovalTemplate/adobe'),
	Timestamp: '2026-05-04T10:00:00Z',
	TemplateName: 'Adobe Acrobat Sign',
	AppId: '4a9e7a3b-a46b-4a1f-a8b3-3a1d4b2c9e01',
	AppName: 'Adobe Acrobat Sign',
	AppType: 'EnterpriseApp',
	Permissions: { [GRAPH]: { delegatedPermissions: [{ id: 'User.Read', value: 'User.Read' }] } },
	CreatedBy: 'tech@northstarit.com',
};

export const PERMISSION_TEMPLATE = {
	TemplateId: stableGuid('appPermissionTemplate/reporting'),
	TemplateName: 'Reporting',
	Permissions: {
		[GRAPH]: { applicationPermissions: [{ id: 'df021288-bdef-4463-88db-98f22de89214', value: 'User.Read.All' }], delegatedPermissions: [] },
	},
	UpdatedBy: 'tech@northstarit.com',
	Timestamp: '2026-05-04T10:00:00Z',
};

type Row = Record<string, unknown>;

export const approvalTemplates = perSandbox((): Row[] => [{ ...APPROVAL_TEMPLATE }]);
export const permissionSets = perSandbox((): Row[] => [{ ...PERMISSION_TEMPLATE }]);

/** ConvertTo-Json -InputObject @($Body), as these endpoints answer. */
const jsonText = (body: unknown) => ({ status: 200, body: JSON.stringify([body].flat(), null, 2) });

/** Add-CIPPAzDataTableEntity -Force: the row replaces the one with its TemplateId, or is added. */
function upsert(list: Row[], row: Row): void {
	const index = list.findIndex((entry) => entry.TemplateId === row.TemplateId);
	if (index >= 0) list[index] = row;
	else list.push(row);
}

export const ListAppApprovalTemplates: Endpoint = {
	name: 'ListAppApprovalTemplates',
	role: 'Tenant.Application.Read',
	anyTenant: true,
	// ConvertTo-Json text, as CIPP answers it (:55).
	handle: (ctx) => jsonText(approvalTemplates(ctx.state)),
};

/** Save and Delete (Get lists); an unknown ID to delete is HTTP 200 "No template found with the provided ID". */
const ExecAppApprovalTemplate: Endpoint = {
	name: 'ExecAppApprovalTemplate',
	role: 'Tenant.Application.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const action = psString(ctx.fromQueryOrBody('Action'));
		const list = approvalTemplates(ctx.state);
		if (action === 'Save') {
			// The body but Action and TemplateId is the template (:36-61); a TemplateId given replaces that row.
			const body = { ...((ctx.body ?? {}) as Row) };
			const TemplateId = psString(body.TemplateId) || stableGuid(`appApprovalTemplate/saved/${list.length}`);
			delete body.Action;
			delete body.TemplateId;
			upsert(list, { ...body, TemplateId, GUID: TemplateId, CreatedBy: 'CIPP-API', Timestamp: '2026-12-07T01:00:00Z' });
			return jsonText({ Results: 'Template Saved', Metadata: { TemplateName: body.TemplateName, TemplateId } });
		}
		if (action !== 'Delete') return jsonText(list);
		const index = list.findIndex((row) => row.TemplateId === psString(ctx.fromBody('TemplateId')).toLowerCase());
		if (index < 0) return jsonText({ Results: 'No template found with the provided ID' });
		const [removed] = list.splice(index, 1);
		return jsonText({ Results: `Successfully deleted template '${psString(removed.TemplateName)}'` });
	},
};

const ExecAppPermissionTemplate: Endpoint = {
	name: 'ExecAppPermissionTemplate',
	role: 'Tenant.ApplicationTemplates.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const action = psString(ctx.fromQueryOrBody('Action'));
		const list = permissionSets(ctx.state);
		if (action === 'Save') {
			const id = psString(ctx.fromBody('TemplateId')) || stableGuid(`appPermissionTemplate/new/${list.length}`);
			const name = psString(ctx.fromBody('TemplateName'));
			upsert(list, {
				TemplateId: id,
				TemplateName: name,
				Permissions: ctx.fromBody('Permissions'),
				UpdatedBy: 'CIPP-API',
				Timestamp: '2026-12-07T01:00:00Z',
			});
			return jsonText({ Results: 'Template Saved', Metadata: { TemplateName: name, TemplateId: id } });
		}
		if (action === 'Delete') {
			const id = psString(ctx.fromBody('TemplateId'));
			if (!id) return jsonText({ Results: 'No Template ID provided for deletion' });
			const index = list.findIndex((entry) => entry.TemplateId === id.toLowerCase());
			const name = index >= 0 ? psString(list.splice(index, 1)[0].TemplateName) : '';
			return jsonText({ Results: `Successfully deleted template '${name}'` });
		}
		const id = psString(ctx.fromQuery('TemplateId'));
		const rows = list.filter((entry) => !id || entry.TemplateId === id.toLowerCase());
		return jsonText(rows.length > 0 ? rows : null);
	},
};

/** The app's permissions as CIPP translates them (requiredResourceAccess or grants, resolved to names). */
const APP_PERMISSIONS = {
	[GRAPH]: {
		applicationPermissions: [{ id: 'df021288-bdef-4463-88db-98f22de89214', value: 'User.Read.All' }],
		delegatedPermissions: [{ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', value: 'User.Read' }],
	},
};

/** Failures are HTTP 400 {Results: [{resultText: "Failed to create template: ...", state: error}]} (:285-297). */
const ExecCreateAppTemplate: Endpoint = {
	name: 'ExecCreateAppTemplate',
	role: 'Tenant.Application.ReadWrite',
	handle(ctx) {
		const fail = (message: string) => ({
			status: 400,
			body: JSON.stringify({ Results: [{ resultText: `Failed to create template: ${message}`, state: 'error' }] }),
		});
		const appId = psString(ctx.fromBody('AppId'));
		const displayName = psString(ctx.fromBody('DisplayName'));
		const servicePrincipal = psString(ctx.fromBody('Type')) === 'servicePrincipal';
		if (!appId.trim()) return fail('AppId is required');
		if (!displayName.trim()) return fail('DisplayName is required');
		try {
			findApp(ctx.state, ctx.fromBody('TenantFilter'), servicePrincipal ? 'servicePrincipals' : 'applications', appId);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return fail(servicePrincipal ? `Service principal not found for AppId: ${appId}` : `App registration not found for AppId: ${appId}`);
		}
		const list = approvalTemplates(ctx.state);
		const templateName = `${displayName} (Auto-created)`;
		const existing =
			ctx.fromBody('Overwrite') === true
				? list.find((row) => (servicePrincipal ? row.AppId === appId : row.TemplateName === templateName))
				: undefined;
		const TemplateId = psString(existing?.TemplateId) || stableGuid(`appApprovalTemplate/auto/${list.length}/${appId}`);
		upsert(list, {
			TemplateId,
			TemplateName: templateName,
			AppId: appId,
			AppName: displayName,
			AppType: 'EnterpriseApp',
			Permissions: APP_PERMISSIONS,
			AutoCreated: true,
		});
		const message = `Template ${existing ? 'updated' : 'created'} - ${displayName} with 2 permission(s)`;
		return {
			status: 200,
			body: JSON.stringify({
				Results: { resultText: message, state: 'success' },
				Metadata: { TemplateId, SourceTenant: ctx.fromBody('TenantFilter') },
			}),
		};
	},
};

export const endpoints: Endpoint[] = [ListAppApprovalTemplates, ExecAppApprovalTemplate, ExecAppPermissionTemplate, ExecCreateAppTemplate];
