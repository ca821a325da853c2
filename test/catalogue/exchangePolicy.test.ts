// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const { cloudUser } = fixtures.scenarios;
const tenant = cloudUser.tenant;
const contoso = locator('domain', tenant);
const fabrikamDomain = 'fabrikam.onmicrosoft.com';
const fabrikam = locator('domain', fabrikamDomain);
const quarantineId = `${stableGuid(`${cloudUser.tenantId}/quarantine/0`)}\\${stableGuid(`${cloudUser.tenantId}/quarantine/0/recipient`)}`;
const spamTemplate = stableGuid('SpamfilterTemplate/seed');
const connectionTemplate = stableGuid('ConnectionfilterTemplate/seed');
const allowBlockTemplate = stableGuid('TenantAllowBlockListTemplate/seed');
const spamJson = { name: 'Strict spam filter', BulkThreshold: 5, SpamAction: 'Quarantine' };
const DEFAULT_POLICY = 'CIPP Default Safe Links Policy';
const DEFAULT_RULE = 'CIPP Default Safe Links Rule';
const defaultSafeLinks = locator('list', DEFAULT_POLICY);
/** The Safe Links template Create Safe Links Template saves (the first created in the sandbox). */
const strictTemplateBody = {
	TemplateName: 'Strict Safe Links',
	TemplateDescription: 'No click-through',
	PolicyName: 'Strict Safe Links Policy',
	RuleName: 'Strict Safe Links Rule',
	AllowClickThrough: false,
	RecipientDomainIs: [{ value: 'contoso.com', label: 'contoso.com' }],
};
const strictTemplate = { GUID: stableGuid('SafeLinksTemplate/1'), ...strictTemplateBody };
const permissionsOff = {
	AllowSender: false,
	BlockSender: false,
	Delete: false,
	IncludeMessagesFromBlockedSenderAddress: false,
	Preview: false,
};

describeCatalogue('exchangePolicy', {
	getManyAllowBlockEntries: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListTenantAllowBlockList', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.map((item) => item.json.Value)).toEqual(['invoices@payrol1-update.example', 'phish.example.net']);
			expect(items[0].json).toMatchObject({ Action: 'Block', ListType: 'Sender', Tenant: tenant });
		},
	},
	addAllowBlockEntries: {
		parameters: {
			tenantFilter: contoso,
			entries: 'ceo@contoso-payments.example, contoso-payments.example',
			listType: 'Sender',
			listMethod: 'Block',
			additionalFields: { notes: 'CEO fraud', noExpiration: true },
		},
		request: {
			method: 'POST',
			endpoint: 'AddTenantAllowBlockList',
			body: {
				tenantID: { value: tenant, label: tenant },
				entries: ['ceo@contoso-payments.example', 'contoso-payments.example'],
				listType: 'Sender',
				listMethod: 'Block',
				notes: 'CEO fraud',
				NoExpiration: true,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully added ceo@contoso-payments.example contoso-payments.example as type Sender to the Block list for ${tenant}`,
			}),
	},
	removeAllowBlockEntries: {
		parameters: { tenantFilter: fabrikam, entries: 'phish.example.net', listType: 'Url' },
		request: {
			method: 'POST',
			endpoint: 'RemoveTenantAllowBlockList',
			body: { tenantFilter: fabrikamDomain, Entries: ['phish.example.net'], ListType: 'Url' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully removed phish.example.net with type Url from Block/Allow list',
			}),
	},
	getManySpamFilters: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSpamfilter', query: { tenantFilter: tenant } },
		output: (items) =>
			expect(items.map((item) => [item.json.Name, item.json.ruleState])).toEqual([
				['Default', null],
				['CIPP Standard Spam Filter', 'Enabled'],
			]),
	},
	createSpamFilter: {
		parameters: { tenantFilter: contoso, settings: spamJson, priority: 1 },
		request: {
			method: 'POST',
			endpoint: 'AddSpamFilter',
			body: { selectedTenants: [{ value: tenant, label: tenant }], PowerShellCommand: JSON.stringify(spamJson), Priority: 1 },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Successfully created spamfilter for ${tenant}.` }),
	},
	setSpamFilterState: {
		parameters: { tenantFilter: contoso, spamFilter: locator('list', 'CIPP Standard Spam Filter'), state: 'disable' },
		request: {
			method: 'POST',
			endpoint: 'EditSpamFilter',
			query: { tenantFilter: tenant },
			body: { name: 'CIPP Standard Spam Filter', state: 'disable' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Set Spamfilter rule CIPP Standard Spam Filter to disable' }),
	},
	deleteSpamFilter: {
		parameters: { tenantFilter: fabrikam, spamFilter: locator('id', 'CIPP Standard Spam Filter') },
		request: {
			method: 'POST',
			endpoint: 'RemoveSpamfilter',
			query: { tenantFilter: fabrikamDomain },
			body: { name: 'CIPP Standard Spam Filter' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: 'Deleted Spam filter rule CIPP Standard Spam Filter' }),
	},
	getManyQuarantinePolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListQuarantinePolicy', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.map((item) => item.json.Name)).toEqual(['DefaultFullAccessPolicy', 'AdminOnlyAccessPolicy', 'Request release only']);
			expect(items[2].json).toMatchObject({ RequestRelease: true, Release: false, QuarantineNotification: true, Builtin: false });
		},
	},
	createQuarantinePolicy: {
		parameters: {
			tenantFilter: contoso,
			name: 'Preview and release',
			permissions: { preview: true, releaseActionPreference: 'Release', quarantineNotification: true },
		},
		calls: ['AddQuarantinePolicy'],
		request: {
			method: 'POST',
			endpoint: 'AddQuarantinePolicy',
			body: {
				...permissionsOff,
				selectedTenants: [{ value: tenant, label: tenant }],
				Name: 'Preview and release',
				Preview: true,
				ReleaseActionPreference: { value: 'Release', label: 'Release' },
				QuarantineNotification: true,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Created Quarantine policy 'Preview and release' for tenant '${tenant}'` }),
	},
	updateQuarantinePolicy: {
		parameters: { tenantFilter: fabrikam, quarantinePolicy: locator('list', 'Request release only'), permissions: { allowSender: true } },
		calls: ['ListQuarantinePolicy', 'EditQuarantinePolicy'],
		request: {
			method: 'POST',
			endpoint: 'EditQuarantinePolicy',
			body: {
				TenantFilter: fabrikamDomain,
				Identity: 'Request release only',
				Name: 'Request release only',
				AllowSender: true,
				BlockSender: true,
				Delete: true,
				IncludeMessagesFromBlockedSenderAddress: false,
				Preview: true,
				QuarantineNotification: true,
				ReleaseActionPreference: { value: 'RequestRelease', label: 'RequestRelease' },
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Updated Quarantine policy 'Request release only'" }),
	},
	deleteQuarantinePolicy: {
		parameters: { tenantFilter: locator('domain', 'woodgrovebank.com'), quarantinePolicy: locator('list', 'Request release only') },
		calls: ['RemoveQuarantinePolicy'],
		request: {
			method: 'POST',
			endpoint: 'RemoveQuarantinePolicy',
			body: { TenantFilter: 'woodgrovebank.com', Identity: 'Request release only', Name: 'Request release only' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: "Deleted Quarantine policy 'Request release only'" }),
	},
	getQuarantineMessage: {
		parameters: { tenantFilter: contoso, identity: quarantineId },
		request: { method: 'GET', endpoint: 'ListMailQuarantineMessage', query: { tenantFilter: tenant, Identity: quarantineId } },
		output: ([item]) => {
			expect(item.json.Identity).toBe(quarantineId);
			expect(item.json.Message).toMatch(/^Message-ID: .*\r\nFrom: /);
		},
	},
	getManyConnectionFilters: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListConnectionFilter', query: { tenantFilter: tenant } },
		output: ([item]) => expect(item.json).toMatchObject({ Name: 'Default', IPAllowList: [], EnableSafeList: false }),
	},
	updateConnectionFilter: {
		parameters: { tenantFilter: contoso, settings: { name: 'Default', IPAllowList: ['203.0.113.10'] } },
		request: {
			method: 'POST',
			endpoint: 'AddConnectionFilter',
			body: {
				selectedTenants: [{ value: tenant, label: tenant }],
				PowerShellCommand: JSON.stringify({ name: 'Default', IPAllowList: ['203.0.113.10'] }),
			},
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Successfully created Connection filter for ${tenant}.` }),
	},
	setAntiPhishingRuleState: {
		parameters: { tenantFilter: contoso, ruleName: 'CIPP Standard Anti-Phishing Rule', state: 'Disable' },
		request: {
			method: 'POST',
			endpoint: 'EditAntiPhishingFilter',
			body: { tenantFilter: tenant, RuleName: 'CIPP Standard Anti-Phishing Rule', State: 'Disable' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully set Anti-Phishing rule CIPP Standard Anti-Phishing Rule to Disable',
			}),
	},
	setMalwareRuleState: {
		parameters: { tenantFilter: contoso, ruleName: 'CIPP Standard Malware Rule', state: 'Enable' },
		request: {
			method: 'POST',
			endpoint: 'EditMalwareFilter',
			body: { tenantFilter: tenant, RuleName: 'CIPP Standard Malware Rule', State: 'Enable' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully set Malware Filter rule CIPP Standard Malware Rule to Enable',
			}),
	},
	setSafeAttachmentsRuleState: {
		parameters: { tenantFilter: contoso, ruleName: 'CIPP Standard Safe Attachments Rule', state: 'Enable' },
		request: {
			method: 'POST',
			endpoint: 'EditSafeAttachmentsFilter',
			body: { tenantFilter: tenant, RuleName: 'CIPP Standard Safe Attachments Rule', State: 'Enable' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Successfully set SafeAttachment rule CIPP Standard Safe Attachments Rule to Enable',
			}),
	},
	getManySpamFilterTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListSpamFilterTemplates' },
		output: ([item]) => expect(item.json).toMatchObject({ GUID: spamTemplate, name: 'CIPP Standard Spam Filter', BulkThreshold: 6 }),
	},
	createSpamFilterTemplate: {
		parameters: { name: 'Strict', settings: '{"BulkThreshold": 4}' },
		request: {
			method: 'POST',
			endpoint: 'AddSpamFilterTemplate',
			body: { name: 'Strict', PowerShellCommand: JSON.stringify({ BulkThreshold: 4, name: 'Strict' }) },
		},
		output: ([item]) => expect(item.json.message).toMatch(/^Successfully created Spam Filter Template: Strict with GUID /),
	},
	deleteSpamFilterTemplate: {
		parameters: { templateId: locator('list', spamTemplate) },
		request: { method: 'POST', endpoint: 'RemoveSpamfilterTemplate', body: { ID: spamTemplate } },
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Removed Spamfilter template with ID ${spamTemplate}` }),
	},
	getManyConnectionFilterTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListConnectionFilterTemplates' },
		output: ([item]) => expect(item.json).toMatchObject({ GUID: connectionTemplate, name: 'Default', IPAllowList: ['203.0.113.10'] }),
	},
	createConnectionFilterTemplate: {
		parameters: { name: 'Default', settings: { IPBlockList: ['198.51.100.7'] } },
		request: {
			method: 'POST',
			endpoint: 'AddConnectionFilterTemplate',
			body: { name: 'Default', PowerShellCommand: JSON.stringify({ IPBlockList: ['198.51.100.7'], name: 'Default' }) },
		},
		output: ([item]) => expect(item.json.message).toMatch(/^Successfully created Connection Filter Template: Default with GUID /),
	},
	deleteConnectionFilterTemplate: {
		parameters: { templateId: locator('list', connectionTemplate) },
		request: { method: 'POST', endpoint: 'RemoveConnectionfilterTemplate', body: { ID: connectionTemplate } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Removed Connection Filter template with ID ${connectionTemplate}` }),
	},
	getManyAllowBlockTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListTenantAllowBlockListTemplates' },
		output: ([item]) => expect(item.json).toMatchObject({ GUID: allowBlockTemplate, templateName: 'Known phishers', listMethod: 'Block' }),
	},
	createAllowBlockTemplate: {
		parameters: { templateName: 'Partner URLs', entries: 'https://partner.example/*', listType: 'Url', listMethod: 'Allow' },
		request: {
			method: 'POST',
			endpoint: 'AddTenantAllowBlockListTemplate',
			body: { templateName: 'Partner URLs', entries: ['https://partner.example/*'], listType: 'Url', listMethod: 'Allow' },
		},
		output: ([item]) => expect(item.json.message).toMatch(/^Created Tenant Allow\/Block List Template Partner URLs with GUID /),
	},
	updateAllowBlockTemplate: {
		parameters: {
			templateId: locator('list', allowBlockTemplate),
			templateName: 'Known phishers',
			entries: 'bad@phish.example, worse@phish.example',
			listType: 'Sender',
			listMethod: 'Block',
			additionalFields: { noExpiration: true },
		},
		request: {
			method: 'POST',
			endpoint: 'EditTenantAllowBlockListTemplate',
			body: {
				GUID: allowBlockTemplate,
				templateName: 'Known phishers',
				entries: ['bad@phish.example', 'worse@phish.example'],
				listType: 'Sender',
				listMethod: 'Block',
				NoExpiration: true,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: 'Successfully edited Tenant Allow/Block List Template Known phishers' }),
	},
	deleteAllowBlockTemplate: {
		parameters: { templateId: locator('id', allowBlockTemplate) },
		request: { method: 'POST', endpoint: 'RemoveTenantAllowBlockListTemplate', body: { ID: allowBlockTemplate } },
		output: ([item]) =>
			expect(item.json).toEqual({ status: 'success', message: `Removed Tenant Allow/Block List Template with ID ${allowBlockTemplate}.` }),
	},
	getManySafeLinksTemplates: {
		parameters: { returnAll: true },
		request: { method: 'GET', endpoint: 'ListSafeLinksPolicyTemplates' },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				GUID: 'CIPP-Default.SafeLinksTemplate.json',
				TemplateName: 'CIPP Default Safe Links',
				TrackClicks: true,
			}),
	},
	createSafeLinksPolicy: {
		parameters: {
			tenantFilter: contoso,
			policyName: 'Safe Links for finance',
			ruleName: 'Safe Links for finance',
			additionalFields: {
				trackClicks: true,
				allowClickThrough: false,
				sentToMemberOf: 'finance@contoso.onmicrosoft.com',
				state: true,
				priority: 1,
			},
		},
		request: {
			method: 'POST',
			endpoint: 'ExecNewSafeLinksPolicy',
			body: {
				tenantFilter: tenant,
				PolicyName: 'Safe Links for finance',
				RuleName: 'Safe Links for finance',
				TrackClicks: true,
				AllowClickThrough: false,
				SentToMemberOf: [{ value: 'finance@contoso.onmicrosoft.com', label: 'finance@contoso.onmicrosoft.com' }],
				State: true,
				Priority: 1,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Successfully created new SafeLinks policy 'Safe Links for finance'and rule 'Safe Links for finance'",
			}),
	},
	updateSafeLinksPolicy: {
		parameters: {
			tenantFilter: fabrikam,
			safeLinksPolicy: locator('list', 'CIPP Default Safe Links Policy'),
			ruleName: 'CIPP Default Safe Links Rule',
			additionalFields: { allowClickThrough: true, state: false },
		},
		request: {
			method: 'POST',
			endpoint: 'EditSafeLinksPolicy',
			body: {
				tenantFilter: fabrikamDomain,
				PolicyName: 'CIPP Default Safe Links Policy',
				RuleName: 'CIPP Default Safe Links Rule',
				AllowClickThrough: true,
				State: false,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message:
					"Successfully updated SafeLinks policy 'CIPP Default Safe Links Policy' Successfully disabled SafeLinks rule 'CIPP Default Safe Links Rule'",
				messages: [
					"Successfully updated SafeLinks policy 'CIPP Default Safe Links Policy'",
					"Successfully disabled SafeLinks rule 'CIPP Default Safe Links Rule'",
				],
			}),
	},
	deleteSafeLinksPolicy: {
		parameters: {
			tenantFilter: locator('domain', 'woodgrovebank.com'),
			ruleName: 'CIPP Default Safe Links Rule',
			safeLinksPolicy: locator('list', 'CIPP Default Safe Links Policy'),
		},
		request: {
			method: 'POST',
			endpoint: 'ExecDeleteSafeLinksPolicy',
			body: { tenantFilter: 'woodgrovebank.com', RuleName: 'CIPP Default Safe Links Rule', PolicyName: 'CIPP Default Safe Links Policy' },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message:
					"Successfully deleted SafeLinks rule 'CIPP Default Safe Links Rule' | Successfully deleted SafeLinks policy 'CIPP Default Safe Links Policy'",
			}),
	},
	createSafeLinksTemplate: {
		parameters: {
			templateName: 'Strict Safe Links',
			templateDescription: 'No click-through',
			policyName: 'Strict Safe Links Policy',
			ruleName: 'Strict Safe Links Rule',
			additionalFields: { allowClickThrough: false, recipientDomainIs: 'contoso.com' },
		},
		request: {
			method: 'POST',
			endpoint: 'CreateSafeLinksPolicyTemplate',
			body: strictTemplateBody,
		},
		output: ([item]) => {
			expect(item.json.status).toBe('success');
			expect(item.json.message).toMatch(/^Created SafeLinks Policy Template Strict Safe Links with GUID [0-9a-f-]{36}$/);
		},
	},
	updateSafeLinksTemplate: {
		parameters: {
			templateId: locator('list', 'CIPP-Default.SafeLinksTemplate.json'),
			templateName: 'CIPP Default Safe Links',
			policyName: 'CIPP Default Safe Links Policy',
			ruleName: 'CIPP Default Safe Links Rule',
			additionalFields: { trackClicks: true },
		},
		request: {
			method: 'POST',
			endpoint: 'EditSafeLinksPolicyTemplate',
			body: {
				ID: 'CIPP-Default.SafeLinksTemplate.json',
				TemplateName: 'CIPP Default Safe Links',
				PolicyName: 'CIPP Default Safe Links Policy',
				RuleName: 'CIPP Default Safe Links Rule',
				TrackClicks: true,
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Updated SafeLinks Policy Template CIPP Default Safe Links with ID CIPP-Default.SafeLinksTemplate.json',
			}),
	},
	deleteSafeLinksTemplate: {
		parameters: { templateId: locator('list', 'CIPP-Default.SafeLinksTemplate.json') },
		request: { method: 'POST', endpoint: 'RemoveSafeLinksPolicyTemplate', body: { ID: 'CIPP-Default.SafeLinksTemplate.json' } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: 'Removed SafeLinks Policy Template with ID CIPP-Default.SafeLinksTemplate.json.',
			}),
	},
	getSafeLinksPolicy: {
		// Update Safe Links Policy above allowed click-through and turned the rule off.
		parameters: { tenantFilter: fabrikam, safeLinksPolicy: defaultSafeLinks, additionalFields: { ruleName: DEFAULT_RULE } },
		request: {
			method: 'GET',
			endpoint: 'ListSafeLinksPolicyDetails',
			query: { tenantFilter: fabrikamDomain, PolicyName: DEFAULT_POLICY, RuleName: DEFAULT_RULE },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({ PolicyName: DEFAULT_POLICY, Policy: { AllowClickThrough: true }, Rule: { State: 'Disabled' } }),
	},
	deploySafeLinksTemplate: {
		// The template Create Safe Links Template saved above (the seeded one is deleted by then).
		parameters: { tenantFilter: contoso, templateId: locator('list', strictTemplate.GUID) },
		calls: ['ListSafeLinksPolicyTemplates', 'AddSafeLinksPolicyFromTemplate'],
		request: {
			method: 'POST',
			endpoint: 'AddSafeLinksPolicyFromTemplate',
			body: { selectedTenants: [{ value: tenant, label: tenant }], TemplateList: [{ value: strictTemplate, label: 'Strict Safe Links' }] },
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: `Successfully deployed SafeLinks policy 'Strict Safe Links Policy' and rule 'Strict Safe Links Rule' to tenant ${tenant}`,
			}),
	},
});

describe('exchange policy operations: state, refusals and follow-up reads', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});
	const northwind = locator('domain', 'northwind.onmicrosoft.com');
	const list = async (operation: string, tenantFilter = northwind, extra = {}) =>
		(await runOperation(sandbox, 'exchangePolicy', operation, { tenantFilter, returnAll: true, ...extra })).items.map((item) => item.json);

	test("entries added are listed live, not from the report database; adding one twice fails with CIPP's words (HTTP 200)", async () => {
		const add = { tenantFilter: northwind, entries: '203.0.113.0/24', listType: 'IP', listMethod: 'Block' };
		expect((await runOperation(sandbox, 'exchangePolicy', 'addAllowBlockEntries', add)).error).toBeUndefined();
		expect((await list('getManyAllowBlockEntries')).map((entry) => entry.Value)).toContain('203.0.113.0/24');
		const report = await list('getManyAllowBlockEntries', northwind, { additionalFields: { useReportDb: true } });
		expect(report.map((entry) => entry.Value)).not.toContain('203.0.113.0/24');
		const again = await runOperation(sandbox, 'exchangePolicy', 'addAllowBlockEntries', add);
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toMatch(/Failed to create blocklist\. Error: Entry '203.0.113.0\/24' already exists/);
		const removed = await runOperation(sandbox, 'exchangePolicy', 'removeAllowBlockEntries', {
			tenantFilter: northwind,
			entries: '203.0.113.0/24',
			listType: 'IP',
		});
		expect(removed.error).toBeUndefined();
		expect((await list('getManyAllowBlockEntries')).map((entry) => entry.Value)).not.toContain('203.0.113.0/24');
	});

	test('removing an entry that is not there fails (HTTP 403)', async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'removeAllowBlockEntries', {
			tenantFilter: northwind,
			entries: 'nope.example',
			listType: 'Url',
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Failed to remove nope.example type Url/);
	});

	test("a spam filter created is listed with its rule; a second of the same name is CIPP's HTTP-200 refusal", async () => {
		const create = { tenantFilter: northwind, settings: spamJson, priority: 0 };
		expect((await runOperation(sandbox, 'exchangePolicy', 'createSpamFilter', create)).error).toBeUndefined();
		expect(await list('getManySpamFilters')).toContainEqual(
			expect.objectContaining({ Name: 'Strict spam filter', BulkThreshold: 5, ruleState: 'Enabled', rulePrio: 0 }),
		);
		const again = await runOperation(sandbox, 'exchangePolicy', 'createSpamFilter', create);
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toMatch(/Could not create spamfilter rule for northwind.onmicrosoft.com: .*already exists/);
		await runOperation(sandbox, 'exchangePolicy', 'setSpamFilterState', {
			tenantFilter: northwind,
			spamFilter: locator('id', 'Strict spam filter'),
			state: 'disable',
		});
		expect((await list('getManySpamFilters')).find((policy) => policy.Name === 'Strict spam filter')?.ruleState).toBe('Disabled');
	});

	test('a spam filter without a rule of its name cannot be deleted: CIPP fails on the rule', async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'deleteSpamFilter', {
			tenantFilter: northwind,
			spamFilter: locator('id', 'Default'),
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Failed to delete Spam filter rule Default/);
		expect((await list('getManySpamFilters')).map((policy) => policy.Name)).toContain('Default');
	});

	test('a quarantine policy update keeps the permissions not given (CIPP would turn them off), and the list shows it', async () => {
		const woodgrove = locator('domain', 'woodgrovebank.com');
		await runOperation(sandbox, 'exchangePolicy', 'createQuarantinePolicy', {
			tenantFilter: woodgrove,
			name: 'Preview only',
			permissions: { preview: true },
		});
		const run = await runOperation(sandbox, 'exchangePolicy', 'updateQuarantinePolicy', {
			tenantFilter: woodgrove,
			quarantinePolicy: locator('id', 'Preview only'),
			permissions: { delete: true },
		});
		expect(run.error).toBeUndefined();
		const policy = (await list('getManyQuarantinePolicies', woodgrove)).find((entry) => entry.Name === 'Preview only');
		expect(policy).toMatchObject({ Preview: true, Delete: true, AllowSender: false, Release: false, RequestRelease: false });
	});

	test('an unknown quarantine policy is refused after the read, before anything changes', async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'updateQuarantinePolicy', {
			tenantFilter: northwind,
			quarantinePolicy: locator('id', 'Nope'),
			permissions: { delete: true },
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListQuarantinePolicy']);
		expect(run.error?.message).toMatch(/Quarantine policy Nope was not found/);
	});

	test('deleting a built-in quarantine policy fails, though CIPP answers HTTP 200', async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'deleteQuarantinePolicy', {
			tenantFilter: northwind,
			quarantinePolicy: locator('list', 'DefaultFullAccessPolicy'),
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to remove Quarantine policy 'DefaultFullAccessPolicy' - Built-in/);
	});

	test("a connection filter that does not exist is CIPP's HTTP-200 failure; a known one shows its new lists", async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'updateConnectionFilter', {
			tenantFilter: northwind,
			settings: { name: 'Custom', EnableSafeList: true },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to create Connection Filter rule for northwind/);
		await runOperation(sandbox, 'exchangePolicy', 'updateConnectionFilter', {
			tenantFilter: northwind,
			settings: { name: 'Default', IPBlockList: ['198.51.100.7'] },
		});
		expect((await list('getManyConnectionFilters'))[0]).toMatchObject({ IPBlockList: ['198.51.100.7'] });
	});

	test("an unknown protection rule fails with CIPP's words (HTTP 500)", async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'setMalwareRuleState', {
			tenantFilter: northwind,
			ruleName: 'Nope',
			state: 'Disable',
		});
		expect(run.requests[0].status).toBe(500);
		expect(run.error?.message).toMatch(/Failed setting Malware Filter rule Nope to Disable/);
	});

	test('a quarantined message that does not exist is reported (HTTP 403)', async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'getQuarantineMessage', { tenantFilter: contoso, identity: 'a\\b' });
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/couldn't be found/);
	});

	test('settings JSON without a name, or not an object, is refused before sending', async () => {
		for (const settings of [{ BulkThreshold: 5 }, '[1, 2]', 'not json']) {
			const run = await runOperation(sandbox, 'exchangePolicy', 'createSpamFilter', { tenantFilter: contoso, settings, priority: 0 });
			expect(run.requests).toHaveLength(0);
			expect(run.error?.message).toMatch(/Settings \(JSON\)/);
		}
	});

	test('a template created is listed; updating an Allow/Block template that does not exist fails (HTTP 404)', async () => {
		await runOperation(sandbox, 'exchangePolicy', 'createConnectionFilterTemplate', {
			name: 'Partner IPs',
			settings: { IPAllowList: ['192.0.2.1'] },
		});
		const templates = (await runOperation(sandbox, 'exchangePolicy', 'getManyConnectionFilterTemplates', { returnAll: true })).items;
		expect(templates.map((item) => item.json)).toContainEqual(expect.objectContaining({ name: 'Partner IPs', IPAllowList: ['192.0.2.1'] }));
		const run = await runOperation(sandbox, 'exchangePolicy', 'updateAllowBlockTemplate', {
			templateId: locator('id', '11111111-2222-4333-a444-555555555555'),
			templateName: 'x',
			entries: 'a@b.example',
			listType: 'Sender',
			listMethod: 'Block',
		});
		expect(run.requests[0].status).toBe(404);
		expect(run.error?.message).toMatch(/not found/);
	});
	test('a Safe Links policy created is listed with its rule by Security → Get Many Safe Links Policies; a second of the same name is refused (HTTP 200)', async () => {
		const create = {
			tenantFilter: northwind,
			policyName: 'Safe Links for sales',
			ruleName: 'Safe Links for sales rule',
			additionalFields: { allowClickThrough: true, recipientDomainIs: 'northwind.onmicrosoft.com', state: false },
		};
		expect((await runOperation(sandbox, 'exchangePolicy', 'createSafeLinksPolicy', create)).error).toBeUndefined();
		const listed = () => runOperation(sandbox, 'security', 'getManySafeLinksPolicies', { tenantFilter: northwind, returnAll: true });
		expect((await listed()).items.map((item) => item.json)).toContainEqual(
			expect.objectContaining({
				PolicyName: 'Safe Links for sales',
				RuleName: 'Safe Links for sales rule',
				AllowClickThrough: true,
				TrackClicks: true,
				RecipientDomainIs: ['northwind.onmicrosoft.com'],
				State: 'Disabled',
				ConfigurationStatus: 'Complete',
			}),
		);
		const again = await runOperation(sandbox, 'exchangePolicy', 'createSafeLinksPolicy', create);
		expect(again.requests[0].status).toBe(200);
		expect(again.error?.message).toMatch(/Policy 'Safe Links for sales' already exists in tenant northwind.onmicrosoft.com/);

		const update = await runOperation(sandbox, 'exchangePolicy', 'updateSafeLinksPolicy', {
			tenantFilter: northwind,
			safeLinksPolicy: locator('id', 'Safe Links for sales'),
			ruleName: 'Safe Links for sales rule',
			additionalFields: { trackClicks: false },
		});
		expect(update.error).toBeUndefined();
		const updated = (await listed()).items.map((item) => item.json).find((entry) => entry.PolicyName === 'Safe Links for sales');
		// Only the given setting changes: the rule's recipients and the other settings stay.
		expect(updated).toMatchObject({ TrackClicks: false, AllowClickThrough: true, RecipientDomainIs: ['northwind.onmicrosoft.com'] });

		const deleted = await runOperation(sandbox, 'exchangePolicy', 'deleteSafeLinksPolicy', {
			tenantFilter: northwind,
			ruleName: 'Safe Links for sales rule',
			safeLinksPolicy: locator('id', 'Safe Links for sales'),
		});
		expect(deleted.error).toBeUndefined();
		expect((await listed()).items.map((item) => item.json.PolicyName)).not.toContain('Safe Links for sales');
	});

	test("deleting a Safe Links policy whose rule is not there fails with CIPP's words, though CIPP answers HTTP 200", async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'deleteSafeLinksPolicy', {
			tenantFilter: northwind,
			ruleName: 'No such rule',
			safeLinksPolicy: locator('id', 'CIPP Default Safe Links Policy'),
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed to delete SafeLinks rule 'No such rule'/);
	});

	test('an update without any setting changes nothing and fails the item; an unknown policy is HTTP 500', async () => {
		const nothing = await runOperation(sandbox, 'exchangePolicy', 'updateSafeLinksPolicy', {
			tenantFilter: northwind,
			safeLinksPolicy: locator('id', 'CIPP Default Safe Links Policy'),
			ruleName: 'CIPP Default Safe Links Rule',
		});
		expect(nothing.error?.message).toMatch(/Nothing was changed/);
		const unknown = await runOperation(sandbox, 'exchangePolicy', 'updateSafeLinksPolicy', {
			tenantFilter: northwind,
			safeLinksPolicy: locator('id', 'Nope'),
			ruleName: 'Nope',
			additionalFields: { scanUrls: true },
		});
		expect(unknown.requests[0].status).toBe(500);
		expect(unknown.error?.message).toMatch(/Failed updating SafeLinks configuration 'Nope'/);
	});
	test('a Safe Links template created is listed; an update replaces it (settings not given again are gone); an unknown ID fails (HTTP 403)', async () => {
		const fields = { templateName: 'Teams only', policyName: 'Teams Safe Links', ruleName: 'Teams Safe Links rule' };
		const create = await runOperation(sandbox, 'exchangePolicy', 'createSafeLinksTemplate', {
			...fields,
			additionalFields: { enableSafeLinksForTeams: true, trackClicks: true },
		});
		expect(create.error).toBeUndefined();
		const templates = async () =>
			(await runOperation(sandbox, 'exchangePolicy', 'getManySafeLinksTemplates', { returnAll: true })).items.map((item) => item.json);
		const template = (await templates()).find((entry) => entry.TemplateName === 'Teams only');
		expect(template).toMatchObject({ PolicyName: 'Teams Safe Links', EnableSafeLinksForTeams: true, TrackClicks: true });
		const update = await runOperation(sandbox, 'exchangePolicy', 'updateSafeLinksTemplate', {
			...fields,
			templateId: locator('id', String(template?.GUID)),
			additionalFields: { trackClicks: false },
		});
		expect(update.error).toBeUndefined();
		const updated = (await templates()).find((entry) => entry.GUID === template?.GUID);
		expect(updated).toMatchObject({ TrackClicks: false });
		expect(updated).not.toHaveProperty('EnableSafeLinksForTeams');
		const unknown = await runOperation(sandbox, 'exchangePolicy', 'updateSafeLinksTemplate', {
			...fields,
			templateId: locator('id', 'nope'),
		});
		expect(unknown.requests[0].status).toBe(403);
		expect(unknown.error?.message).toMatch(/Failed to update SafeLinks policy template: Template with ID 'nope' not found/);
	});
	test('Deploy Safe Links Template creates its policy and rule, which Get Safe Links Policy shows; deploying it again is refused (HTTP 200)', async () => {
		const saved = await runOperation(sandbox, 'exchangePolicy', 'createSafeLinksTemplate', {
			templateName: 'Finance links',
			templateDescription: 'Finance only',
			policyName: 'Finance links policy',
			ruleName: 'Finance links rule',
			additionalFields: { trackClicks: false, sentToMemberOf: 'finance@northwind.onmicrosoft.com', state: false },
		});
		const guid = /with GUID (\S+)$/.exec(String(saved.items[0].json.message))![1];
		const deploy = { tenantFilter: northwind, templateId: locator('id', guid) };
		const [deployed] = (await runOperation(sandbox, 'exchangePolicy', 'deploySafeLinksTemplate', deploy)).items;
		expect(deployed.json.message).toBe(
			"Successfully deployed SafeLinks policy 'Finance links policy' and rule 'Finance links rule' to tenant northwind.onmicrosoft.com (rule disabled)",
		);
		const shown = await runOperation(sandbox, 'exchangePolicy', 'getSafeLinksPolicy', {
			tenantFilter: northwind,
			safeLinksPolicy: locator('id', 'Finance links policy'),
			additionalFields: { ruleName: 'Finance links rule' },
		});
		expect(shown.items[0].json).toMatchObject({
			Policy: { TrackClicks: false, ScanUrls: true },
			Rule: { Comments: 'Finance only', SentToMemberOf: ['finance@northwind.onmicrosoft.com'], State: 'Disabled' },
		});
		const again = await runOperation(sandbox, 'exchangePolicy', 'deploySafeLinksTemplate', deploy);
		expect(again.requests[1].status).toBe(200);
		expect(again.error?.message).toMatch(/Policy 'Finance links policy' already exists in tenant northwind.onmicrosoft.com/);
	});

	test('Deploy Safe Links Template with an unknown template ID fails before deploying', async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'deploySafeLinksTemplate', {
			tenantFilter: northwind,
			templateId: locator('id', 'nope.json'),
		});
		expect(run.requests.map((request) => request.endpoint)).toEqual(['ListSafeLinksPolicyTemplates']);
		expect(run.error?.message).toMatch(/No Safe Links template has the ID "nope.json"/);
	});

	test('Get Safe Links Policy fails the item when the rule asked for is not found, though CIPP answers HTTP 200 with the policy', async () => {
		const run = await runOperation(sandbox, 'exchangePolicy', 'getSafeLinksPolicy', {
			tenantFilter: northwind,
			safeLinksPolicy: defaultSafeLinks,
			additionalFields: { ruleName: 'No such rule' },
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(
			/Failed to retrieve: The operation couldn't be performed because object 'No such rule' couldn't be found/,
		);
	});
});
