// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { allOperations } from '../../nodes/Cipp/actions/operations';
import { CippSandbox, fixtures } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const { cloudUser } = fixtures.scenarios;
const tenant = cloudUser.tenant;
const contoso = locator('domain', tenant);
const allTenants = locator('list', 'AllTenants');
const mdoAlertId = `fa${stableGuid(`${cloudUser.tenantId}/mdo/0`).replace(/-/g, '').slice(0, 30)}`;
const quarantineId = `${stableGuid(`${cloudUser.tenantId}/quarantine/0`)}\\${stableGuid(`${cloudUser.tenantId}/quarantine/0/recipient`)}`;
const defenderAlertId = `da6380${cloudUser.tenantId.slice(0, 6)}1_-961441813`;
const adelesLaptop = fixtures.devices.find((device) => device.deviceName === 'CONTOSO-LT-0142')!;

describeCatalogue('security', {
	getManyIncidents: {
		parameters: { tenantFilter: contoso, additionalFields: { startDate: '2026-08-01T00:00:00', endDate: '2026-08-31' }, returnAll: true },
		request: { method: 'GET', endpoint: 'ExecIncidentsList', query: { tenantFilter: tenant, StartDate: '20260801', EndDate: '20260831' } },
		output: (items) => {
			expect(items.map((item) => item.json.Id)).toEqual(['1714', '1707', '1700']);
			expect(items[0].json).toMatchObject({ Tenant: tenant, Status: 'resolved', Severity: 'low' });
		},
	},
	updateIncident: {
		parameters: {
			tenantFilter: contoso,
			incidentId: '1700',
			additionalFields: {
				status: 'resolved',
				classification: 'truePositive',
				determination: 'phishing',
				severity: 'medium',
				comment: 'Password reset, sessions revoked',
			},
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSetSecurityIncident',
			body: {
				tenantFilter: tenant,
				GUID: '1700',
				Status: 'resolved',
				Classification: 'truePositive',
				Determination: 'phishing',
				Severity: { value: 'medium', label: 'medium' },
				Comment: 'Password reset, sessions revoked',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message:
					'Set status to resolved, severity to medium, classification & determination to truePositive phishing, resolving comment for incident 1700',
			}),
	},
	getManyAlerts: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ExecAlertsList', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items).toHaveLength(3);
			expect(items[0].json).toMatchObject({ Tenant: tenant, Title: 'Unfamiliar sign-in properties', Status: 'newAlert' });
			expect(items[0].json.RawResult).toMatchObject({ vendorInformation: { provider: 'IPC', vendor: 'Microsoft' } });
		},
	},
	updateAlert: {
		parameters: {
			tenantFilter: contoso,
			alertId: defenderAlertId,
			status: 'resolved',
			provider: 'Microsoft Defender ATP',
			vendor: 'Microsoft',
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSetSecurityAlert',
			body: { tenantFilter: tenant, GUID: defenderAlertId, Status: 'resolved', Provider: 'Microsoft Defender ATP', Vendor: 'Microsoft' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Set alert ${defenderAlertId} to status resolved` }),
	},
	getManyMdoAlerts: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ExecMDOAlertsList', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.map((item) => item.json.id)).toContain(mdoAlertId);
			expect(items[0].json).toMatchObject({ serviceSource: 'microsoftDefenderForOffice365', status: 'new' });
		},
	},
	updateMdoAlert: {
		parameters: {
			tenantFilter: contoso,
			alertId: mdoAlertId,
			additionalFields: { status: 'inProgress', assignedTo: 'analyst@northstarit.com' },
		},
		request: {
			method: 'POST',
			endpoint: 'ExecSetMdoAlert',
			body: { tenantFilter: tenant, GUID: mdoAlertId, Status: 'inProgress', Assigned: 'analyst@northstarit.com' },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Set status for incident ${mdoAlertId} to inProgress` }),
	},
	getManyDefenderStates: {
		parameters: { tenantFilter: contoso, deviceId: locator('id', adelesLaptop.id), returnAll: true },
		request: { method: 'GET', endpoint: 'ListDefenderState', query: { tenantFilter: tenant, DeviceID: adelesLaptop.id } },
		output: ([item]) =>
			expect(item.json).toMatchObject({ deviceName: 'CONTOSO-LT-0142', windowsProtectionState: { realTimeProtectionEnabled: true } }),
	},
	getManyVulnerabilities: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListDefenderTVM', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items.map((item) => item.json.cveId)).toContain('CVE-2026-30412');
			expect(items[0].json).toMatchObject({ customerId: tenant, affectedDevicesCount: expect.any(Number) });
		},
	},
	getMdeOnboarding: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMDEOnboarding', query: { tenantFilter: tenant } },
		output: ([item]) => expect(item.json).toMatchObject({ Tenant: tenant, partnerState: 'enabled' }),
	},
	getManyQuarantineMessages: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListMailQuarantine', query: { tenantFilter: tenant } },
		output: (items) => {
			expect(items).toHaveLength(3);
			expect(items[0].json).toMatchObject({ Identity: quarantineId, Type: 'HighConfPhish', ReleaseStatus: 'NOTRELEASED' });
		},
	},
	releaseQuarantineMessage: {
		parameters: { tenantFilter: contoso, identity: quarantineId, type: 'Release', additionalFields: { allowSender: false } },
		request: {
			method: 'POST',
			endpoint: 'ExecQuarantineManagement',
			body: { tenantFilter: tenant, Identity: quarantineId, Type: 'Release', AllowSender: false },
		},
		output: ([item]) => expect(item.json).toEqual({ status: 'success', message: `Successfully processed ${quarantineId}` }),
	},
	getManySafeLinksPolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSafeLinksPolicy', query: { tenantFilter: tenant } },
		output: (items) => expect(items.map((item) => item.json.ConfigurationStatus)).toEqual(['Policy Only (Missing Rule)', 'Complete']),
	},
	getManyDlpPolicies: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListDlpCompliancePolicy', query: { tenantFilter: tenant } },
		output: (items) => expect(items[0].json).toMatchObject({ Name: 'U.S. Financial Data', RuleCount: 2 }),
	},
	getManyRiskyUsers: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListGraphRequest', query: { tenantFilter: tenant, Endpoint: 'identityProtection/riskyUsers' } },
		output: (items) =>
			expect(items[0].json).toMatchObject({ riskLevel: 'high', riskState: 'atRisk', userPrincipalName: expect.stringContaining('@') }),
	},
	getSecureScore: {
		parameters: { tenantFilter: contoso, additionalFields: { includeHistory: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListSecureScoreReport', query: { tenantFilter: tenant, includeHistory: 'true' } },
		output: ([item]) => {
			expect(item.json).toMatchObject({ Tenant: tenant, TenantName: 'Contoso Ltd', PercentageScore: expect.any(Number) });
			expect(item.json.History).toHaveLength(3);
		},
	},
	getManyCheckAlerts: {
		parameters: { tenantFilter: contoso, returnAll: true },
		request: { method: 'GET', endpoint: 'ListCheckExtAlerts', query: { tenantFilter: tenant } },
		output: (items) => expect(items[0].json).toMatchObject({ PartitionKey: 'CheckAlert', tenantFilter: tenant, type: 'PhishingDetected' }),
	},
});

describe('security operations: failures, caches and follow-up reads', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('AllTenants incidents: the first read says the cache is loading, the next one lists every tenant', async () => {
		const first = await runOperation(sandbox, 'security', 'getManyIncidents', { tenantFilter: allTenants, returnAll: true });
		expect(first.error).toBeUndefined();
		expect(first.items.map((item) => item.json)).toEqual([
			{
				status: 'loading',
				message: 'Loading data for all tenants. Please check back in a few minutes',
				queueId: expect.any(String),
				followUp: expect.stringContaining('again in a few minutes'),
			},
		]);
		const second = await runOperation(sandbox, 'security', 'getManyIncidents', { tenantFilter: allTenants, returnAll: true });
		const tenants = new Set(second.items.map((item) => item.json.Tenant));
		expect(tenants.has('contoso.onmicrosoft.com')).toBe(true);
		expect(tenants.has('northwind.onmicrosoft.com')).toBe(false);
	});

	test('AllTenants alerts and risky users answer the same loading item while the cache fills', async () => {
		for (const operation of ['getManyAlerts', 'getManyMdoAlerts', 'getManyRiskyUsers', 'getManyQuarantineMessages']) {
			const run = await runOperation(sandbox, 'security', operation, { tenantFilter: allTenants, returnAll: true });
			expect(run.error).toBeUndefined();
			expect(run.items).toHaveLength(1);
			expect(run.items[0].json).toMatchObject({ status: 'loading' });
		}
	});

	test('an update shows in the next read', async () => {
		await runOperation(sandbox, 'security', 'updateIncident', {
			tenantFilter: contoso,
			incidentId: '1707',
			additionalFields: { status: 'resolved' },
		});
		const run = await runOperation(sandbox, 'security', 'getManyIncidents', { tenantFilter: contoso, returnAll: true });
		expect(run.items.find((item) => item.json.Id === '1707')?.json.Status).toBe('resolved');
	});

	test('a classification without determination fails the way CIPP does', async () => {
		const run = await runOperation(sandbox, 'security', 'updateIncident', {
			tenantFilter: contoso,
			incidentId: '1700',
			additionalFields: { classification: 'falsePositive' },
		});
		expect(run.error?.message).toMatch(/Failed to update incident 1700 : ScriptHalted/);
		expect(run.requests[0].status).toBe(500);
	});

	test("an unknown incident is reported with Graph's text", async () => {
		const run = await runOperation(sandbox, 'security', 'updateIncident', {
			tenantFilter: contoso,
			incidentId: '99999',
			additionalFields: { status: 'resolved' },
		});
		expect(run.error?.message).toMatch(/Resource '99999' does not exist/);
	});

	test('a tenant without Security Administrator through GDAP cannot list incidents', async () => {
		const run = await runOperation(sandbox, 'security', 'getManyIncidents', {
			tenantFilter: locator('domain', 'northwind.onmicrosoft.com'),
			returnAll: true,
		});
		expect(run.requests[0].status).toBe(403);
		expect(run.error?.message).toMatch(/Insufficient privileges/);
	});

	test('Defender state answers HTTP 200 with an error text for a tenant without Intune: the item fails', async () => {
		const run = await runOperation(sandbox, 'security', 'getManyDefenderStates', {
			tenantFilter: locator('domain', 'tailspin.onmicrosoft.com'),
			returnAll: true,
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Required license not available/);
	});

	test('an unknown quarantine message is a failure CIPP answers with HTTP 200', async () => {
		const run = await runOperation(sandbox, 'security', 'releaseQuarantineMessage', {
			tenantFilter: contoso,
			identity: 'nope\\nope',
			type: 'Deny',
		});
		expect(run.requests[0].status).toBe(200);
		expect(run.error?.message).toMatch(/Failed\. The message with identity nope\\nope couldn't be found/);
	});

	test('several quarantine messages go in one call as a list, and a release shows in the next read', async () => {
		const first = await runOperation(sandbox, 'security', 'getManyQuarantineMessages', {
			tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com'),
			returnAll: true,
		});
		const ids = first.items.map((item) => String(item.json.Identity)).slice(0, 2);
		const run = await runOperation(sandbox, 'security', 'releaseQuarantineMessage', {
			tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com'),
			identity: ids.join(', '),
			type: 'Release',
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toMatchObject({ Identity: ids });
		const after = await runOperation(sandbox, 'security', 'getManyQuarantineMessages', {
			tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com'),
			returnAll: true,
		});
		expect(after.items.filter((item) => item.json.ReleaseStatus === 'RELEASED')).toHaveLength(2);
	});

	test('Allow Sender with several messages and no Sender Address and Policy Name is refused (CIPP would skip it silently)', async () => {
		const run = await runOperation(sandbox, 'security', 'releaseQuarantineMessage', {
			tenantFilter: contoso,
			identity: 'a1\\b1, a2\\b2',
			type: 'Release',
			additionalFields: { allowSender: true },
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Allow Sender/);
		expect(run.error?.description).toMatch(/Sender Address and Policy Name/);
	});

	test('Update Incident with no field is refused (CIPP would answer "Set  for incident" and change nothing)', async () => {
		const run = await runOperation(sandbox, 'security', 'updateIncident', { tenantFilter: contoso, incidentId: '1742' });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/nothing to change/);
	});

	test('a quarantine read Exchange refuses looks empty (CIPP answers 200 with no messages), and the description says so', async () => {
		sandbox.injectFault({ endpoint: 'ListMailQuarantine', status: 200, body: JSON.stringify({ Results: [], Metadata: null }), times: 1 });
		const run = await runOperation(sandbox, 'security', 'getManyQuarantineMessages', { tenantFilter: contoso, returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(0);
		const operation = allOperations.find(
			(candidate) => candidate.resource === 'security' && candidate.value === 'getManyQuarantineMessages',
		);
		expect(operation?.description).toMatch(/failed read .* exactly like an empty quarantine/);
	});

	test('risky users need Entra ID P2', async () => {
		const run = await runOperation(sandbox, 'security', 'getManyRiskyUsers', {
			tenantFilter: locator('domain', 'fabrikam.onmicrosoft.com'),
			returnAll: true,
		});
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/not licensed for this feature/);
	});

	test('AllTenants risky users: a tenant CIPP could not read is an error item, not a user without a name', async () => {
		let run = await runOperation(sandbox, 'security', 'getManyRiskyUsers', { tenantFilter: allTenants, returnAll: true });
		if (run.items[0]?.json.status === 'loading')
			run = await runOperation(sandbox, 'security', 'getManyRiskyUsers', { tenantFilter: allTenants, returnAll: true });
		expect(run.error).toBeUndefined();
		const failed = run.items.filter((item) => item.json.status === 'error');
		expect(failed).toContainEqual(
			expect.objectContaining({
				json: expect.objectContaining({
					tenant: 'fabrikam.onmicrosoft.com',
					message: expect.stringMatching(/^Could not connect to tenant/),
				}),
			}),
		);
		expect(run.items.filter((item) => item.json.status !== 'error').every((item) => typeof item.json.userPrincipalName === 'string')).toBe(
			true,
		);
	});

	test('writes refuse AllTenants before anything is sent', async () => {
		const run = await runOperation(sandbox, 'security', 'updateIncident', { tenantFilter: allTenants, incidentId: '1700' });
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/AllTenants/);
	});
});
