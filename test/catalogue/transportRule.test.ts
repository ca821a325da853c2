// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { findTenant } from '../sandbox/fixtures';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const tenant = fixtures.scenarios.cloudUser.tenant;
const contoso = locator('domain', tenant);
const fabrikam = locator('domain', 'fabrikam.onmicrosoft.com');
const idOf = (domain: string, kind: string, name: string) => stableGuid(`${findTenant(domain)!.customerId}/${kind}/${name}`);
const externalWarning = idOf(tenant, 'transportRule', 'External sender warning');
const blockExecutables = idOf(tenant, 'transportRule', 'Block executable attachments');
const mimecastOut = idOf('fabrikam.onmicrosoft.com', 'OutboundConnector', 'Outbound to Mimecast');
const mimecastIn = idOf(tenant, 'InboundConnector', 'Inbound from Mimecast');
const connectorTemplate = stableGuid('ExConnectorTemplate/seed');
const ruleJson = { name: 'Quarantine high SCL', SCLOver: 7, Quarantine: true, Priority: 0 };

describeCatalogue('transportRule', {
	getMany: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTransportRules', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.map((item) => item.json.Name)).toEqual(['Block executable attachments', 'External sender warning']);
			expect(items[1].json).toMatchObject({ State: 'Disabled', Priority: 1, Guid: externalWarning });
		},
	},
	create: {
		parameters: {
			tenantFilter: contoso,
			name: 'Warn on invoices from outside',
			additionalFields: {
				fromScope: 'NotInOrganization',
				subjectContainsWords: 'invoice, payment',
				blindCopyTo: 'finance@contoso.com',
				prependSubject: '[CHECK SENDER] ',
				state: 'Disabled',
				priority: 1,
			},
		},
		request: {
			method: 'POST',
			endpoint: 'AddEditTransportRule',
			body: {
				tenantFilter: tenant,
				Name: 'Warn on invoices from outside',
				FromScope: { value: 'NotInOrganization', label: 'NotInOrganization' },
				SubjectContainsWords: ['invoice', 'payment'],
				BlindCopyTo: [{ value: 'finance@contoso.com', label: 'finance@contoso.com' }],
				PrependSubject: '[CHECK SENDER] ',
				State: 'Disabled',
				Priority: 1,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: "Successfully created transport rule 'Warn on invoices from outside'" }),
	},
	update: {
		parameters: {
			tenantFilter: contoso,
			ruleId: locator('list', externalWarning),
			additionalFields: { prependSubject: '[EXTERNAL SENDER] ' },
		},
		calls: ['ListTransportRules', 'AddEditTransportRule'],
		request: {
			method: 'POST',
			endpoint: 'AddEditTransportRule',
			body: {
				tenantFilter: tenant,
				ruleId: externalWarning,
				PrependSubject: '[EXTERNAL SENDER] ',
				Name: 'External sender warning',
				State: 'Disabled',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: "Successfully configured transport rule 'External sender warning'" }),
	},
	setState: {
		parameters: { tenantFilter: contoso, ruleId: locator('list', blockExecutables), state: 'disable' },
		request: { method: 'POST', endpoint: 'EditTransportRule', body: { tenantFilter: tenant, guid: blockExecutables, state: 'disable' } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Set transport rule ${blockExecutables} to disable` }),
	},
	delete: {
		parameters: { tenantFilter: fabrikam, ruleId: locator('id', 'External sender warning') },
		request: {
			method: 'POST',
			endpoint: 'RemoveTransportRule',
			body: { tenantFilter: 'fabrikam.onmicrosoft.com', guid: 'External sender warning' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Deleted External sender warning' }),
	},
	deploy: {
		parameters: { tenantFilter: contoso, settings: JSON.stringify(ruleJson) },
		request: {
			method: 'POST',
			endpoint: 'AddTransportRule',
			body: { selectedTenants: [{ value: tenant, label: tenant }], PowerShellCommand: JSON.stringify(ruleJson) },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Successfully created transport rule for ${tenant}.` }),
	},
	getManyTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListTransportRulesTemplates' },
		output: ([item]) =>
			expect(item.json).toMatchObject({ GUID: 'CIPP-BlockExecutables.TransportRuleTemplate.json', name: 'Block executable attachments' }),
	},
	createTemplate: {
		parameters: { name: 'External warning', settings: { FromScope: 'NotInOrganization', PrependSubject: '[EXT] ' } },
		request: {
			method: 'POST',
			endpoint: 'AddTransportTemplate',
			body: {
				name: 'External warning',
				PowerShellCommand: JSON.stringify({ FromScope: 'NotInOrganization', PrependSubject: '[EXT] ', name: 'External warning' }),
			},
		},
		output: ([item]) => expect(item.json.message).toMatch(/^Created Transport Rule Template External warning with GUID /),
	},
	deleteTemplate: {
		parameters: { templateId: locator('id', 'CIPP-BlockExecutables.TransportRuleTemplate.json') },
		request: { method: 'POST', endpoint: 'RemoveTransportRuleTemplate', body: { ID: 'CIPP-BlockExecutables.TransportRuleTemplate.json' } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Removed Transport Rule Template with ID CIPP-BlockExecutables.TransportRuleTemplate.json.',
			}),
	},
	getManyConnectors: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListExchangeConnectors', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.map((item) => [item.json.Name, item.json.cippconnectortype])).toEqual([
				['Outbound to Mimecast', 'outbound'],
				['Inbound from Mimecast', 'Inbound'],
			]),
	},
	createConnector: {
		parameters: {
			tenantFilter: contoso,
			settings: {
				name: 'Outbound to Proofpoint',
				cippConnectorType: 'Outbound',
				SmartHosts: ['outbound.pphosted.com'],
				UseMXRecord: false,
			},
		},
		request: {
			method: 'POST',
			endpoint: 'AddExConnector',
			body: {
				selectedTenants: [{ value: tenant, label: tenant }],
				PowerShellCommand: JSON.stringify({
					name: 'Outbound to Proofpoint',
					cippConnectorType: 'Outbound',
					SmartHosts: ['outbound.pphosted.com'],
					UseMXRecord: false,
				}),
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Successfully created Connector for ${tenant}.` }),
	},
	setConnectorState: {
		parameters: { tenantFilter: contoso, connectorId: locator('list', mimecastIn), connectorType: 'Inbound', state: 'Disable' },
		request: {
			method: 'POST',
			endpoint: 'EditExConnector',
			body: { tenantFilter: tenant, GUID: mimecastIn, Type: 'Inbound', State: 'Disable' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Set Connector ${mimecastIn} to Disable` }),
	},
	deleteConnector: {
		parameters: { tenantFilter: fabrikam, connectorId: locator('list', mimecastOut), connectorType: 'Outbound' },
		request: {
			method: 'POST',
			endpoint: 'RemoveExConnector',
			body: { tenantFilter: 'fabrikam.onmicrosoft.com', GUID: mimecastOut, Type: 'Outbound' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Deleted Connector: ${mimecastOut}` }),
	},
	getManyConnectorTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListExConnectorTemplates' },
		output: (items) =>
			expect(items[0].json).toMatchObject({ GUID: connectorTemplate, name: 'Mimecast outbound', cippconnectortype: 'outbound' }),
	},
	createConnectorTemplate: {
		parameters: {
			name: 'Mimecast inbound',
			direction: 'Inbound',
			settings: { ConnectorType: 'Partner', SenderIPAddresses: ['207.82.80.0/24'] },
		},
		calls: ['AddExConnectorTemplate'],
		request: {
			method: 'POST',
			endpoint: 'AddExConnectorTemplate',
			body: { name: 'Mimecast inbound', cippconnectortype: 'Inbound', ConnectorType: 'Partner', SenderIPAddresses: ['207.82.80.0/24'] },
		},
		output: ([item]) => expect(item.json.message).toMatch(/^Successfully created Connector Template: Mimecast inbound with GUID /),
	},
	deleteConnectorTemplate: {
		parameters: { templateId: locator('list', connectorTemplate) },
		request: { method: 'POST', endpoint: 'RemoveExConnectorTemplate', body: { ID: connectorTemplate } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Removed Exchange Connector Template with ID ${connectorTemplate}.` }),
	},
});

describe('transport rule operations: state, refusals and follow-up reads', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});
	const rulesOf = async (tenantFilter = contoso) =>
		(await runOperation(sandbox, 'transportRule', 'getMany', { tenantFilter, returnAll: true })).items.map((item) => item.json);

	test('a rule created shows in the next list, with its settings and state', async () => {
		const run = await runOperation(sandbox, 'transportRule', 'create', {
			tenantFilter: locator('domain', 'northwind.onmicrosoft.com'),
			name: 'Bcc legal',
			additionalFields: { sentTo: 'legal@northwind.com', blindCopyTo: 'archive@northwind.com', state: 'Disabled' },
		});
		expect(run.error).toBeUndefined();
		const rule = (await rulesOf(locator('domain', 'northwind.onmicrosoft.com'))).find((entry) => entry.Name === 'Bcc legal');
		expect(rule).toMatchObject({ State: 'Disabled', SentTo: ['legal@northwind.com'], BlindCopyTo: ['archive@northwind.com'] });
	});

	test("a second rule of the same name fails with CIPP's words", async () => {
		const run = await runOperation(sandbox, 'transportRule', 'create', { tenantFilter: contoso, name: 'Block executable attachments' });
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Failed to configure transport rule 'Block executable attachments'. Error: .*already exists/);
	});

	test("an update keeps the rule's state (CIPP would disable it unless told), and the list shows the change", async () => {
		const id = idOf('woodgrovebank.com', 'transportRule', 'Block executable attachments');
		const run = await runOperation(sandbox, 'transportRule', 'update', {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			ruleId: locator('list', id),
			additionalFields: { comments: 'Reviewed' },
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[1].body).toMatchObject({ State: 'Enabled', Name: 'Block executable attachments' });
		const rule = (await rulesOf(locator('domain', 'woodgrovebank.com'))).find((entry) => entry.Guid === id);
		expect(rule).toMatchObject({ State: 'Enabled', Comments: 'Reviewed' });
	});

	test('an update of a rule that does not exist fails on the read, before anything is changed', async () => {
		const run = await runOperation(sandbox, 'transportRule', 'update', {
			tenantFilter: contoso,
			ruleId: locator('id', 'No such rule'),
			additionalFields: { comments: 'x' },
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListTransportRules']);
		expect(run.error?.message).toMatch(/No such rule' couldn't be found/);
	});

	test('enable or disable shows in the next list', async () => {
		const id = idOf('woodgrovebank.com', 'transportRule', 'External sender warning');
		await runOperation(sandbox, 'transportRule', 'setState', {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			ruleId: locator('list', id),
			state: 'enable',
		});
		expect((await rulesOf(locator('domain', 'woodgrovebank.com'))).find((entry) => entry.Guid === id)?.State).toBe('Enabled');
	});

	test('a header name without its value is refused before sending (CIPP would skip it)', async () => {
		const run = await runOperation(sandbox, 'transportRule', 'create', {
			tenantFilter: contoso,
			name: 'Tag',
			additionalFields: { setHeaderName: 'X-Tag' },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Set Header Name/);
	});

	test('deploying JSON without a name is refused before sending', async () => {
		const run = await runOperation(sandbox, 'transportRule', 'deploy', { tenantFilter: contoso, settings: { Quarantine: true } });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/no name/);
	});

	test('deploying a rule that exists updates it; a tenant CIPP could not deploy to fails the item (HTTP 200)', async () => {
		const again = await runOperation(sandbox, 'transportRule', 'deploy', {
			tenantFilter: contoso,
			settings: { name: 'External sender warning', PrependSubject: '[EXT] ' },
		});
		expect(again.items[0].json.message).toBe(`Successfully set transport rule for ${tenant}.`);
		sandbox.injectFault({
			endpoint: 'AddTransportRule',
			status: 200,
			body: JSON.stringify({ Results: [`Could not create transport rule for ${tenant}: Access denied`] }),
			times: 1,
		});
		const refused = await runOperation(sandbox, 'transportRule', 'deploy', { tenantFilter: contoso, settings: ruleJson });
		expect(refused.requests[0].status).toBe(200);
		expect(refused.error?.message).toMatch(/Could not create transport rule for contoso/);
	});

	test('AllTenants: the first read says the cache is loading, the next one lists every tenant', async () => {
		const allTenants = locator('list', 'AllTenants');
		const first = await runOperation(sandbox, 'transportRule', 'getMany', { tenantFilter: allTenants, returnAll: true });
		expect(first.items.map((item) => item.json.status)).toEqual(['loading']);
		const second = await runOperation(sandbox, 'transportRule', 'getMany', { tenantFilter: allTenants, returnAll: true });
		expect(new Set(second.items.map((item) => item.json.Tenant)).has(tenant)).toBe(true);
	});

	test('a template created is listed; one that does not exist cannot be deleted', async () => {
		await runOperation(sandbox, 'transportRule', 'createTemplate', {
			name: 'Disclaimer',
			settings: { ApplyHtmlDisclaimerText: 'Confidential' },
		});
		const list = await runOperation(sandbox, 'transportRule', 'getManyTemplates', { returnAll: true });
		expect(list.items.map((item) => item.json)).toContainEqual(
			expect.objectContaining({ name: 'Disclaimer', ApplyHtmlDisclaimerText: 'Confidential' }),
		);
		const run = await runOperation(sandbox, 'transportRule', 'deleteTemplate', { templateId: locator('id', 'missing.json') });
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Failed to remove Transport Rule template with ID missing.json/);
	});

	test('a connector created and disabled shows in the next list; JSON without cippConnectorType is refused', async () => {
		const domain = locator('domain', 'woodgrovebank.com');
		await runOperation(sandbox, 'transportRule', 'createConnector', {
			tenantFilter: domain,
			settings: { name: 'Partner TLS', cippConnectorType: 'Inbound', SenderDomains: ['partner.com'], RequireTls: true },
		});
		const list = await runOperation(sandbox, 'transportRule', 'getManyConnectors', { tenantFilter: domain, returnAll: true });
		expect(list.items.map((item) => item.json)).toContainEqual(
			expect.objectContaining({ Name: 'Partner TLS', Comment: 'no comment', Enabled: true }),
		);
		const refused = await runOperation(sandbox, 'transportRule', 'createConnector', { tenantFilter: domain, settings: { name: 'X' } });
		expect(refused.requests).toHaveLength(0);
		expect(refused.error?.message).toMatch(/cippConnectorType/);
	});

	test('writes refuse AllTenants before anything is sent', async () => {
		const run = await runOperation(sandbox, 'transportRule', 'delete', {
			tenantFilter: locator('list', 'AllTenants'),
			ruleId: locator('id', 'x'),
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/AllTenants/);
	});
});
