// n8n logs every failed item to the console; these tests fail items on purpose.
import '../support/logCapture';

import { CippSandbox } from '../sandbox';
import { stableGuid } from '../sandbox/directory';
import { describeCatalogue, runOperation } from '../support/catalogue';
import { locator } from '../support/workflows';
import { sandboxPerFile } from '../support/sandboxPerFile';

const tenant = 'contoso.onmicrosoft.com';
const guestScript = stableGuid('customScript/stale-guests');
const script = locator('list', guestScript);

describeCatalogue('customScript', {
	getMany: {
		parameters: { additionalFields: { scriptGuid: guestScript, includeAllVersions: true }, returnAll: true },
		request: { method: 'GET', endpoint: 'ListCustomScripts', query: { ScriptGuid: guestScript, IncludeAllVersions: 'true' } },
		output: (items) => expect(items.map((item) => item.json.Version)).toEqual([2, 1]),
	},
	save: {
		parameters: {
			scriptName: 'Disabled admins',
			scriptContent: "Get-CIPPTestData -Type 'Users' | Where-Object accountEnabled -eq $false",
			pillar: 'Identity',
			userImpact: 'Low',
			implementationEffort: 'Medium',
			enabled: true,
			additionalFields: { description: 'Admins who cannot sign in' },
		},
		request: {
			method: 'POST',
			endpoint: 'AddCustomScript',
			body: {
				ScriptName: 'Disabled admins',
				ScriptContent: "Get-CIPPTestData -Type 'Users' | Where-Object accountEnabled -eq $false",
				Pillar: 'Identity',
				UserImpact: 'Low',
				ImplementationEffort: 'Medium',
				Enabled: true,
				Description: 'Admins who cannot sign in',
			},
		},
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Successfully saved custom script 'Disabled admins'",
				scriptGuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
			}),
	},
	setState: {
		parameters: { scriptGuid: script, action: 'SetResultMode', resultMode: 'AlwaysInvestigate' },
		request: {
			method: 'POST',
			endpoint: 'AddCustomScript',
			body: { ScriptGuid: guestScript, Action: 'SetResultMode', ResultMode: 'AlwaysInvestigate' },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({ status: 'success', message: "Successfully updated custom script 'Stale guest accounts'" }),
	},
	restoreVersion: {
		parameters: { scriptGuid: script, version: 1 },
		request: { method: 'POST', endpoint: 'AddCustomScript', body: { ScriptGuid: guestScript, RestoreToVersion: 1 } },
		output: ([item]) =>
			expect(item.json).toMatchObject({
				status: 'success',
				message: "Successfully restored custom script 'Stale guest accounts' to version 1",
			}),
	},
	run: {
		parameters: { scriptGuid: script, tenantFilter: locator('domain', tenant), additionalFields: { parameters: '{"days": 60}' } },
		request: {
			method: 'POST',
			endpoint: 'ExecCustomScript',
			body: { ScriptGuid: guestScript, TenantFilter: tenant, Parameters: { days: 60 } },
		},
		output: ([item]) =>
			expect(item.json).toMatchObject({
				scriptGuid: guestScript,
				tenant,
				cippStatus: 'Investigate',
				results: [{ lastSignIn: '2026-01-04T10:00:00Z' }],
			}),
	},
	delete: {
		parameters: { scriptGuid: script },
		request: { method: 'POST', endpoint: 'RemoveCustomScript', body: { ScriptGuid: guestScript } },
		output: ([item]) =>
			expect(item.json).toEqual({
				status: 'success',
				message: "Successfully removed custom script 'Stale guest accounts'",
				scriptGuid: guestScript,
			}),
	},
});

/** A new script's required fields, with the given name and content. */
const newScript = (scriptName: string, scriptContent: string) => ({
	scriptName,
	scriptContent,
	pillar: 'Identity',
	userImpact: 'Low',
	implementationEffort: 'Low',
	enabled: true,
});

describe('custom script operations: versions, state and refusals', () => {
	const currentSandbox = sandboxPerFile();
	let sandbox: CippSandbox;
	beforeEach(() => {
		sandbox = currentSandbox();
	});

	test('a new version, a state change and a restore all show in Get Many', async () => {
		await runOperation(sandbox, 'customScript', 'save', {
			...newScript('Stale guest accounts', "Get-CIPPTestData -Type 'Guests'"),
			additionalFields: { scriptGuid: guestScript },
		});
		let list = await runOperation(sandbox, 'customScript', 'getMany', { additionalFields: { scriptGuid: guestScript }, returnAll: true });
		expect(list.items.map((item) => item.json.Version)).toEqual([3]);
		await runOperation(sandbox, 'customScript', 'setState', { scriptGuid: script, action: 'DisableScript' });
		list = await runOperation(sandbox, 'customScript', 'getMany', { returnAll: true });
		expect(list.items.find((item) => item.json.ScriptGuid === guestScript)?.json).toMatchObject({ Version: 3, Enabled: false });
		await runOperation(sandbox, 'customScript', 'restoreVersion', { scriptGuid: script, version: 1 });
		list = await runOperation(sandbox, 'customScript', 'getMany', {
			additionalFields: { scriptGuid: guestScript, includeAllVersions: true },
			returnAll: true,
		});
		expect(list.items.map((item) => item.json.Version)).toEqual([1]);
	});

	test("a script with a blocked command fails with CIPP's HTTP 400 words", async () => {
		const run = await runOperation(sandbox, 'customScript', 'save', newScript('Cleanup', 'Remove-MgUser -UserId x'));
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/Command 'Remove-MgUser' is not in the allowed list/);
	});

	test('a script name CIPP would refuse is refused before sending', async () => {
		const run = await runOperation(sandbox, 'customScript', 'save', newScript('Guests!', 'Get-CIPPTestData'));
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/Script Name/);
	});

	test('All Versions false is refused (CIPP reads any value as on)', async () => {
		const run = await runOperation(sandbox, 'customScript', 'getMany', {
			additionalFields: { includeAllVersions: false },
			returnAll: true,
		});
		expect(run.requests).toHaveLength(0);
		expect(run.error?.message).toMatch(/any value of this switch as on/);
	});

	test('an unknown script fails with HTTP 400', async () => {
		const run = await runOperation(sandbox, 'customScript', 'delete', {
			scriptGuid: locator('id', '00000000-0000-4000-8000-000000000000'),
		});
		expect(run.requests[0].status).toBe(400);
		expect(run.error?.message).toMatch(/not found/);
	});
});
