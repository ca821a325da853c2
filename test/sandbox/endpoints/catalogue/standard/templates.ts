/**
 * Standards templates: Invoke-AddStandardsTemplate, -ExecStandardTemplateSchedule, -ExecDriftClone
 * (New-CippStandardsDriftClone), and the legacy per-tenant standards of Invoke-RemoveStandard.
 */
import { perSandbox } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { type StandardsTemplate, templates } from '../tenant/standards';
import { CONTOSO } from './data';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rows of the legacy `standards` table (RowKey = tenant), from before standards templates. */
const legacyStandards = perSandbox(() => new Set([CONTOSO]));

/** Invoke-AddStandardsTemplate: the whole body is the template (a GUID replaces that template). */
const AddStandardsTemplate: Endpoint = {
	name: 'AddStandardsTemplate',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		if (body.tenantFilter === 'tenantFilter')
			throw new Error('Invalid Tenant Selection. A standard must be assigned to at least 1 tenant.');
		const id = psString(body.GUID) || crypto.randomUUID();
		// API clients carry no userDetails in x-ms-client-principal: updatedBy is empty.
		const template = {
			...body,
			GUID: id,
			createdAt: body.createdAt ?? new Date().toISOString(),
			updatedBy: null,
			updatedAt: new Date().toISOString(),
		};
		const list = templates(ctx.state);
		const index = list.findIndex((entry) => entry.GUID === id);
		list.splice(index >= 0 ? index : list.length, index >= 0 ? 1 : 0, template as unknown as StandardsTemplate);
		return { status: 200, body: { Results: 'Successfully added template', Metadata: { id } } };
	},
};

/** Invoke-ExecStandardTemplateSchedule: 400 for an unknown or drift template, 500 for a bad ID. */
const ExecStandardTemplateSchedule: Endpoint = {
	name: 'ExecStandardTemplateSchedule',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('TemplateId') ?? ctx.fromQuery('TemplateId'));
		const manual = ctx.fromBody('runManually') === true;
		if (!GUID.test(id)) {
			return { status: 500, body: { Results: `Failed to update the schedule for template id ${id}. Error: '${id}' is not a valid GUID.` } };
		}
		const template = templates(ctx.state).find((entry) => entry.GUID === id.toLowerCase()) as
			| (StandardsTemplate & { type?: string })
			| undefined;
		if (!template) return { status: 400, body: { Results: `Standards template '${id}' was not found.` } };
		if (template.type === 'drift') {
			return { status: 400, body: { Results: `Template '${template.templateName}' is a drift template and does not run on a schedule.` } };
		}
		template.runManually = manual;
		return {
			status: 200,
			body: {
				Results: manual
					? `Disabled the schedule for template '${template.templateName}'. It will only run when triggered manually.`
					: `Enabled the schedule for template '${template.templateName}'.`,
			},
		};
	},
};

/** Invoke-ExecDriftClone: an unknown template fails on $null.excludedTenants (HTTP 500). */
const ExecDriftClone: Endpoint = {
	name: 'ExecDriftClone',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('id'));
		if (!id) return { status: 400, body: { Results: 'Template ID is required', Success: false } };
		const list = templates(ctx.state);
		const source = list.find((entry) => entry.GUID === id);
		if (!source) {
			return {
				status: 500,
				body: {
					Results:
						"Failed to create drift clone: The property 'excludedTenants' cannot be found on this object. Verify that the property exists and can be set.",
					Success: false,
				},
			};
		}
		const standards = Object.fromEntries(
			Object.entries(source.standards).map(([name, settings]) => [
				name,
				{ ...(settings as object), action: [{ label: 'Report', value: 'Report' }] },
			]),
		);
		list.push({
			...source,
			GUID: crypto.randomUUID(),
			templateName: `${source.templateName} (Drift Clone)`,
			excludedTenants: [],
			tenantFilter: [{ value: 'Copied Standard', label: 'Copied Standard', type: 'Tenant' }],
			standards,
			type: 'drift',
		} as StandardsTemplate);
		return { status: 200, body: { Results: 'Clone Completed successfully', Success: true } };
	},
};

/** Invoke-RemoveStandard: a tenant without a legacy row makes Remove-AzDataTableEntity throw (HTTP 500). */
const RemoveStandard: Endpoint = {
	name: 'RemoveStandard',
	role: 'Tenant.Standards.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQuery('ID'));
		if (!legacyStandards(ctx.state).delete(id)) return { status: 500, body: { Results: 'Failed to remove standard' } };
		return { status: 200, body: { Results: 'Successfully removed standards deployment' } };
	},
};

export const endpoints: Endpoint[] = [AddStandardsTemplate, ExecStandardTemplateSchedule, ExecDriftClone, RemoveStandard];
