// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { APPROVAL_TEMPLATE } from '../sandbox/endpoints/catalogue/application';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const tenant = locator('domain', contoso);
const appId = '4a9e7a3b-a46b-4a1f-a8b3-3a1d4b2c9e01';

describeCatalogue('application', {
	getManyConsentRequests: {
		parameters: { tenantFilter: tenant, additionalFields: { requestStatus: 'InProgress' }, returnAll: true },
		request: {
			method: 'GET',
			endpoint: 'ListAppConsentRequests',
			query: { tenantFilter: contoso, RequestStatus: 'InProgress', Filter: 'true' },
		},
		output: (items) => expect(items[0].json).toMatchObject({ appDisplayName: 'Zoom', requestStatus: 'InProgress', Tenant: contoso }),
	},
	getManyApprovalTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListAppApprovalTemplates' },
		output: ([item]) => expect(item.json).toMatchObject({ TemplateId: APPROVAL_TEMPLATE.TemplateId, AppId: appId }),
	},
	deployTemplate: {
		parameters: { tenantFilter: tenant, templateId: locator('list', APPROVAL_TEMPLATE.TemplateId) },
		calls: ['ListAppApprovalTemplates', 'ExecAddMultiTenantApp'],
		request: {
			method: 'POST',
			endpoint: 'ExecAddMultiTenantApp',
			body: {
				tenantFilter: { value: contoso, label: contoso },
				configMode: 'template',
				selectedTemplate: { value: APPROVAL_TEMPLATE.TemplateId, label: 'Adobe Acrobat Sign', addedFields: { AppId: appId } },
			},
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'queued',
				message: `Deploying Adobe Acrobat Sign to ${contoso}, see the logbook for details`,
				followUp: expect.stringContaining('logbook'),
			}),
	},
	getConsentLinks: {
		parameters: { additionalFields: { applicationId: appId }, returnAll: true },
		request: { method: 'GET', endpoint: 'ExecAppApproval', query: { ApplicationId: appId } },
		output: (items) =>
			expect(items.find((item) => item.json.defaultDomainName === contoso)?.json.link).toContain(`adminconsent?client_id=${appId}`),
	},
});

describe('application: look-ups', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('an unknown approval template is not deployed: the item fails naming it', async () => {
		const unknown = stableGuid('no such template');
		const run = await runOperation(sandbox, 'application', 'deployTemplate', { tenantFilter: tenant, templateId: locator('id', unknown) });
		expect(run.error?.message).toContain(`App approval template ${unknown} was not found`);
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListAppApprovalTemplates']);
	});
});
