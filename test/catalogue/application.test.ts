// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { APPROVAL_TEMPLATE } from '../sandbox/endpoints/catalogue/application';
import { CERTIFICATE_KEY_ID, LINE_OF_BUSINESS_APP, SECRET_KEY_ID } from '../sandbox/endpoints/catalogue/application/apps';
import { PERMISSION_TEMPLATE } from '../sandbox/endpoints/catalogue/application/templates';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const contoso = 'contoso.onmicrosoft.com';
const tenant = locator('domain', contoso);
const appId = '4a9e7a3b-a46b-4a1f-a8b3-3a1d4b2c9e01';
const app = { tenantFilter: tenant, objectType: 'applications', appId: LINE_OF_BUSINESS_APP };
const graph = '00000003-0000-0000-c000-000000000000';
const mailRead = { id: '810c84a8-4a9e-49e6-bf7d-12d183f40d01', value: 'Mail.Read' };
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
	createApprovalTemplate: {
		parameters: {
			templateName: 'Contoso Reporting',
			appId: LINE_OF_BUSINESS_APP,
			appName: 'Contoso Reporting',
			permissionTemplateId: PERMISSION_TEMPLATE.TemplateId,
		},
		calls: ['ExecAppPermissionTemplate', 'ExecAppApprovalTemplate'],
		request: {
			method: 'POST',
			endpoint: 'ExecAppApprovalTemplate',
			body: {
				TemplateName: 'Contoso Reporting',
				AppId: LINE_OF_BUSINESS_APP,
				AppName: 'Contoso Reporting',
				PermissionSetId: PERMISSION_TEMPLATE.TemplateId,
				PermissionSetName: 'Reporting',
				Permissions: PERMISSION_TEMPLATE.Permissions,
				Action: 'Save',
				AppType: 'EnterpriseApp',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Template Saved', templateId: expect.stringMatching(/^[0-9a-f-]{36}$/) }),
	},
	createApprovalTemplateFromApp: {
		parameters: { tenantFilter: tenant, appId: LINE_OF_BUSINESS_APP, displayName: 'Contoso Reporting', source: 'application' },
		request: {
			method: 'POST',
			endpoint: 'ExecCreateAppTemplate',
			body: { TenantFilter: contoso, AppId: LINE_OF_BUSINESS_APP, DisplayName: 'Contoso Reporting', Type: 'application' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Template created - Contoso Reporting with 2 permission(s)',
				templateId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			}),
	},
	deleteApprovalTemplate: {
		parameters: { templateId: locator('list', APPROVAL_TEMPLATE.TemplateId) },
		request: { method: 'POST', endpoint: 'ExecAppApprovalTemplate', body: { TemplateId: APPROVAL_TEMPLATE.TemplateId, Action: 'Delete' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Successfully deleted template 'Adobe Acrobat Sign'" }),
	},
	getManyPermissionTemplates: {
		parameters: { returnAll: true },
		request: { method: 'POST', endpoint: 'ExecAppPermissionTemplate' },
		output: (items) => expect(items.map((item) => item.json)).toEqual([PERMISSION_TEMPLATE]),
	},
	createPermissionTemplate: {
		parameters: { templateName: 'Mail reader', permissions: { [graph]: { applicationPermissions: [mailRead], delegatedPermissions: [] } } },
		request: {
			method: 'POST',
			endpoint: 'ExecAppPermissionTemplate',
			body: {
				TemplateName: 'Mail reader',
				Permissions: { [graph]: { applicationPermissions: [mailRead], delegatedPermissions: [] } },
				Action: 'Save',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Template Saved', templateId: expect.stringMatching(/^[0-9a-f-]{36}$/) }),
	},
	deletePermissionTemplate: {
		parameters: { permissionTemplateId: PERMISSION_TEMPLATE.TemplateId },
		calls: ['ExecAppPermissionTemplate', 'ExecAppPermissionTemplate'],
		// The first call is the look-up; the delete itself is checked in the look-ups below.
		request: { method: 'POST', endpoint: 'ExecAppPermissionTemplate', query: { TemplateId: PERMISSION_TEMPLATE.TemplateId } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Successfully deleted template 'Reporting'" }),
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

	test('a permission template saved is listed, and deleting it twice fails the second time (the node looks it up first)', async () => {
		const created = await runOperation(sandbox, 'application', 'createPermissionTemplate', {
			templateName: 'Calendar reader',
			permissions: JSON.stringify({ [graph]: { delegatedPermissions: [{ id: 'Calendars.Read', value: 'Calendars.Read' }] } }),
		});
		const templateId = String(created.items[0].json.templateId);
		const listed = await runOperation(sandbox, 'application', 'getManyPermissionTemplates', { returnAll: true });
		expect(listed.items.map((item) => item.json.TemplateName)).toContain('Calendar reader');
		const deleted = await runOperation(sandbox, 'application', 'deletePermissionTemplate', { permissionTemplateId: templateId });
		expect(deleted.requests[1].body).toEqual({ TemplateId: templateId, Action: 'Delete' });
		expect(deleted.items[0].json).toEqual({ status: 'success', message: "Successfully deleted template 'Calendar reader'" });
		const again = await runOperation(sandbox, 'application', 'deletePermissionTemplate', { permissionTemplateId: templateId });
		expect(again.error?.message).toContain(`App permission template ${templateId} was not found in CIPP.`);
		expect(again.requests.map((request) => request.query)).toEqual([{ TemplateId: templateId }]);
	});

	test("deleting an approval template CIPP does not have fails the item with CIPP's words (HTTP 200)", async () => {
		const unknown = stableGuid('no such approval template');
		const run = await runOperation(sandbox, 'application', 'deleteApprovalTemplate', { templateId: locator('id', unknown) });
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toContain('No template found with the provided ID');
	});

	test('an approval template created from an app is listed; with Overwrite a second run replaces it', async () => {
		const source = { tenantFilter: tenant, appId: LINE_OF_BUSINESS_APP, displayName: 'LOB', source: 'servicePrincipal' };
		const first = await runOperation(sandbox, 'application', 'createApprovalTemplateFromApp', source);
		const second = await runOperation(sandbox, 'application', 'createApprovalTemplateFromApp', {
			...source,
			additionalFields: { overwrite: true },
		});
		expect(second.items[0].json).toMatchObject({
			message: 'Template updated - LOB with 2 permission(s)',
			templateId: first.items[0].json.templateId,
		});
		const listed = await runOperation(sandbox, 'application', 'getManyApprovalTemplates', { returnAll: true });
		expect(listed.items.filter((item) => item.json.TemplateName === 'LOB (Auto-created)')).toHaveLength(1);
	});

	test("an app the tenant does not have fails the item with CIPP's words (HTTP 400)", async () => {
		const missing = stableGuid('no such app');
		const run = await runOperation(sandbox, 'application', 'createApprovalTemplateFromApp', {
			tenantFilter: tenant,
			appId: missing,
			displayName: 'Missing',
			source: 'servicePrincipal',
		});
		expect(run.error?.message).toContain(`Failed to create template: Service principal not found for AppId: ${missing}`);
	});

	test('an approval template saved is listed with its permission set, and can then be deployed', async () => {
		const saved = await runOperation(sandbox, 'application', 'createApprovalTemplate', {
			templateName: 'LOB app',
			appId: LINE_OF_BUSINESS_APP,
			appName: 'LOB app',
			permissionTemplateId: PERMISSION_TEMPLATE.TemplateId,
		});
		const templateId = String(saved.items[0].json.templateId);
		const listed = await runOperation(sandbox, 'application', 'getManyApprovalTemplates', { returnAll: true });
		expect(listed.items.find((item) => item.json.TemplateId === templateId)?.json).toMatchObject({
			AppId: LINE_OF_BUSINESS_APP,
			PermissionSetName: 'Reporting',
		});
		const deployed = await runOperation(sandbox, 'application', 'deployTemplate', {
			tenantFilter: tenant,
			templateId: locator('id', templateId),
		});
		expect(deployed.items[0].json).toMatchObject({
			status: 'queued',
			message: `Deploying LOB app to ${contoso}, see the logbook for details`,
		});
	});

	test('an approval template with a permission template CIPP does not have is not saved', async () => {
		const missing = stableGuid('no such permission set');
		const run = await runOperation(sandbox, 'application', 'createApprovalTemplate', {
			templateName: 'X',
			appId: LINE_OF_BUSINESS_APP,
			appName: 'X',
			permissionTemplateId: missing,
		});
		expect(run.error?.message).toContain(`App permission template ${missing} was not found in CIPP.`);
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ExecAppPermissionTemplate']);
	});
});
