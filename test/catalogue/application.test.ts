// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { APPROVAL_TEMPLATE } from '../sandbox/endpoints/catalogue/application';
import { CERTIFICATE_KEY_ID, LINE_OF_BUSINESS_APP, SECRET_KEY_ID } from '../sandbox/endpoints/catalogue/application/apps';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const tenant = locator('domain', contoso);
const appId = '4a9e7a3b-a46b-4a1f-a8b3-3a1d4b2c9e01';
const app = { tenantFilter: tenant, objectType: 'applications', appId: LINE_OF_BUSINESS_APP };
const appBody = { tenantFilter: contoso, AppType: 'applications', AppId: LINE_OF_BUSINESS_APP };
const typeBody = { tenantFilter: contoso, Type: 'applications', AppId: LINE_OF_BUSINESS_APP };

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
	addSecret: {
		parameters: { ...app, additionalFields: { displayName: 'n8n', expiresAt: '2027-06-30T00:00:00Z' }, passwordOutput: 'mask' },
		request: {
			method: 'POST',
			endpoint: 'ExecManageAppCredentials',
			body: { ...appBody, Action: 'Add', CredentialType: 'password', DisplayName: 'n8n', ExpiryDate: 1814313600 },
		},
		output: ([item]) => {
			expect(item.json).toMatchObject({
				status: 'success',
				message: "Client secret 'n8n' created for the app registration. Use the Copy to Clipboard button to retrieve the secret.",
				maskedClientSecret: expect.stringMatching(/^Q~\*+[0-9a-f]{2}$/),
			});
			expect(item.json.clientSecret).toBeUndefined();
		},
	},
	rotateSecret: {
		parameters: { ...app, keyId: SECRET_KEY_ID },
		request: {
			method: 'POST',
			endpoint: 'ExecManageAppCredentials',
			body: { ...appBody, Action: 'Rotate', CredentialType: 'password', KeyId: SECRET_KEY_ID },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: "Secret 'Integration secret' rotated. Use the Copy to Clipboard button to retrieve the new secret.",
				clientSecret: expect.stringMatching(/^Q~sandbox\./),
			}),
	},
	removeCredential: {
		parameters: { ...app, credentialType: 'key', keyId: CERTIFICATE_KEY_ID },
		request: {
			method: 'POST',
			endpoint: 'ExecManageAppCredentials',
			body: { ...appBody, Action: 'Remove', CredentialType: 'key', KeyId: CERTIFICATE_KEY_ID },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Successfully removed key credential ${CERTIFICATE_KEY_ID}` }),
	},
	updateApp: {
		parameters: { ...app, payload: '{"notes": "Managed by n8n"}' },
		request: { method: 'POST', endpoint: 'ExecApplication', body: { ...typeBody, Action: 'Update', Payload: { notes: 'Managed by n8n' } } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Successfully executed Update on applications with Id: ' }),
	},
	deleteApp: {
		parameters: { ...app, objectType: 'servicePrincipals' },
		request: { method: 'POST', endpoint: 'ExecApplication', body: { ...typeBody, Type: 'servicePrincipals', Action: 'Delete' } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully executed Delete on servicePrincipals with Id: ' }),
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

	test("rotating a secret the app does not have fails the item with CIPP's words (HTTP 200, state error)", async () => {
		const missing = stableGuid('no such secret');
		const run = await runOperation(sandbox, 'application', 'rotateSecret', { ...app, keyId: missing });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toContain(`Secret ${missing} was not found on this application.`);
	});

	test("a rotated secret is gone: removing it afterwards fails, with Graph's error", async () => {
		await runOperation(sandbox, 'application', 'rotateSecret', { ...app, keyId: SECRET_KEY_ID, passwordOutput: 'omit' });
		const run = await runOperation(sandbox, 'application', 'removeCredential', {
			...app,
			credentialType: 'password',
			keyId: SECRET_KEY_ID,
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toContain('Failed to Remove credential');
	});

	test("a deleted app is gone: updating it afterwards fails with Graph's not found", async () => {
		const deleted = await runOperation(sandbox, 'application', 'deleteApp', app);
		expect(deleted.error).toBeUndefined();
		const run = await runOperation(sandbox, 'application', 'updateApp', { ...app, payload: { notes: 'x' } });
		expect(run.error?.message).toContain(`Resource '${LINE_OF_BUSINESS_APP}' does not exist`);
	});

	test('Update App refuses an empty properties object before sending', async () => {
		const run = await runOperation(sandbox, 'application', 'updateApp', { ...app, payload: '{}' });
		expect(run.requests).toEqual([]);
		expect(run.error?.message).toContain('Properties (JSON)');
	});
});
