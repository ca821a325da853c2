/**
 * CIPP endpoints behind the node's application operations: Invoke-ListAppConsentRequests (generic),
 * -ListAppApprovalTemplates, -ExecAppApproval and -ExecAddMultiTenantApp (template mode, queued).
 */
import { stableGuid } from '../../directory';
import { psString } from '../../powershell';
import { cippTenants } from '../../tenantList';
import type { Endpoint } from '../endpoint';
import { genericRead } from '../generic';
import * as apps from './application/apps';
import * as templates from './application/templates';

export { APPROVAL_TEMPLATE } from './application/templates';

const ExecAppApproval: Endpoint = {
	name: 'ExecAppApproval',
	role: 'Tenant.Application.Read',
	handle(ctx) {
		const appId = psString(ctx.fromQuery('ApplicationId')) || stableGuid('cipp/sam-app');
		return {
			status: 200,
			body: cippTenants(ctx.state).map((tenant) => ({
				defaultDomainName: tenant.defaultDomainName,
				link: `https://login.microsoftonline.com/${tenant.customerId}/v2.0/adminconsent?client_id=${appId}&scope=${appId}/.default`,
			})),
		};
	},
};

const ExecAddMultiTenantApp: Endpoint = {
	name: 'ExecAddMultiTenantApp',
	role: 'Tenant.Application.ReadWrite',
	handle(ctx) {
		const tenants = [ctx.fromBody('tenantFilter')].flat() as Array<Record<string, unknown>>;
		const labels = tenants.map((entry) => psString(entry?.label)).join(', ');
		if (psString(ctx.fromBody('configMode')) !== 'template') return { status: 200, body: { Results: [null] } };
		const template = ctx.fromBody('selectedTemplate') as Record<string, unknown> | undefined;
		// The orchestrator runs per tenant afterwards; the answer only says it was queued.
		return { status: 200, body: { Results: [`Deploying ${psString(template?.label)} to ${labels}, see the logbook for details`] } };
	},
};

export const endpoints: Endpoint[] = [
	genericRead('ListAppConsentRequests', 'graph', {
		fields: (index, tenant) => ({
			appId: stableGuid(`consent/app/${index}`),
			appDisplayName: ['Zoom', 'Miro'][index % 2],
			requestUser: `user${index}@${tenant?.defaultDomainName ?? ''}`,
			requestStatus: 'InProgress',
			scopes: ['User.Read', 'Calendars.Read'],
		}),
	}),
	ExecAppApproval,
	ExecAddMultiTenantApp,
	...apps.endpoints,
	...templates.endpoints,
];
