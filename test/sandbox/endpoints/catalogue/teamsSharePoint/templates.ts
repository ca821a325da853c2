/** SharePoint provisioning templates in CIPP's templates table: Invoke-ListSharePointTemplates and -ExecSharePointTemplate (Save, Deploy, DeployStatus, Delete). */
import { randomUUID } from 'node:crypto';

import { perSandbox, stableGuid } from '../../../directory';
import { graphGetUser, graphTenant } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

interface Template {
	TemplateId: string;
	templateName: string;
	siteTemplates: Array<{ displayName: string; libraries: string[] }>;
}

const SEEDED = [
	{ templateName: 'Department site', libraries: ['Documents', 'Policies'] },
	{ templateName: 'Project site', libraries: ['Documents', 'Deliverables', 'Archive'] },
];

const templates = perSandbox(() =>
	SEEDED.map(
		({ templateName, libraries }, index): Template => ({
			TemplateId: stableGuid(`sharepoint-template/${index}`),
			templateName,
			siteTemplates: [{ displayName: templateName, libraries }],
		}),
	),
);

/** Async deployments by job ID (CacheAsyncDeployments): one row per tenant. */
const deployments = perSandbox(
	() =>
		new Map<string, Array<Record<string, unknown>>>([
			[
				stableGuid('sharepoint-deployment/0'),
				[
					{
						Name: 'contoso.onmicrosoft.com',
						Source: 'SharePointTemplate',
						Status: 'Running',
						Steps: [{ Title: 'Department site', Status: 'Running' }],
						Logs: null,
					},
				],
			],
		]),
);

/** CIPP answers both endpoints as JSON text of a list (ConvertTo-Json -InputObject @($Body)). */
const jsonText = (status: number, body: unknown) => ({ status, body: JSON.stringify([body].flat()) });

const ListSharePointTemplates: Endpoint = {
	name: 'ListSharePointTemplates',
	role: 'Sharepoint.Admin.Read',
	anyTenant: true,
	handle(ctx) {
		const rows = templates(ctx.state).map((template) => ({
			...template,
			Timestamp: '2026-11-01T09:00:00Z',
			SiteTemplateCount: template.siteTemplates.length,
			LibraryCount: template.siteTemplates.reduce((sum, site) => sum + site.libraries.length, 0),
		}));
		return jsonText(200, rows);
	},
};

const ExecSharePointTemplate: Endpoint = {
	name: 'ExecSharePointTemplate',
	role: 'Sharepoint.Admin.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const action = psString(ctx.fromQueryOrBody('Action'));
		const all = templates(ctx.state);
		if (action === 'Delete') {
			const id = psString(ctx.fromBody('TemplateId') ?? ctx.fromQuery('TemplateId'));
			const index = all.findIndex((template) => template.TemplateId === id);
			if (index < 0) return jsonText(200, { Results: 'No template found with the provided ID' });
			const [removed] = all.splice(index, 1);
			return jsonText(200, { Results: `Successfully deleted template '${removed.templateName}'` });
		}
		if (action === 'Save') {
			const sites = [ctx.fromBody('siteTemplates') ?? []].flat() as Array<Record<string, unknown>>;
			const missing = sites.filter((site) => [site.permissions ?? []].flat().length === 0);
			if (missing.length) {
				const names = missing.map((site) => psString(site.displayName) || 'Unnamed site').join(', ');
				return jsonText(400, {
					Results: `Cannot save template: the following site templates have no root-level permission objects: ${names}`,
				});
			}
			const id = psString(ctx.fromBody('TemplateId')) || randomUUID();
			const templateName = psString(ctx.fromBody('templateName'));
			const saved: Template = {
				TemplateId: id,
				templateName,
				siteTemplates: sites.map((site) => ({
					displayName: psString(site.displayName),
					libraries: [site.libraries ?? []].flat().map((library) => psString((library as { name?: unknown }).name)),
				})),
			};
			const index = all.findIndex((template) => template.TemplateId === id);
			all.splice(index < 0 ? all.length : index, index < 0 ? 0 : 1, saved);
			return jsonText(200, { Results: 'Template Saved', Metadata: { TemplateName: templateName, TemplateId: id } });
		}
		if (action === 'Deploy') {
			try {
				const template = all.find((candidate) => candidate.TemplateId === psString(ctx.fromBody('TemplateId')));
				if (!template) throw new Error('No template found with the provided ID');
				const owner = psString(ctx.fromBody('SiteOwner'));
				if (!owner) throw new Error('A site/team owner is required to deploy this template.');
				const tenantFilter = psString(ctx.fromBody('tenantFilter'));
				if (!tenantFilter.trim()) throw new Error('A tenant is required to deploy this template.');
				const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
				// The deployment runs on CIPP's queue; the sandbox marks it done with the owner it would use.
				graphGetUser(ctx.state, tenant, owner);
				const jobId = randomUUID();
				const steps = template.siteTemplates.map((site) => ({ Title: site.displayName, Status: 'Completed' }));
				deployments(ctx.state).set(jobId, [
					{ Name: tenantFilter, Source: 'SharePointTemplate', Status: 'Completed', Steps: steps, Logs: null },
				]);
				return jsonText(200, {
					Results: `Deployment of template '${template.templateName}' queued for ${tenantFilter}.`,
					DeploymentId: jobId,
				});
			} catch (error) {
				return jsonText(400, { Results: `Failed to queue template deployment: ${(error as Error).message}` });
			}
		}
		if (action === 'DeployStatus') {
			const jobId = psString(ctx.fromQueryOrBody('DeploymentId'));
			if (!jobId) return jsonText(400, { Results: 'Failed to get deployment status: DeploymentId is required' });
			return jsonText(200, deployments(ctx.state).get(jobId) ?? []);
		}
		return { status: 400, body: { Results: `The sandbox does not model Action '${action}'.` } };
	},
};

export const endpoints: Endpoint[] = [ListSharePointTemplates, ExecSharePointTemplate];
