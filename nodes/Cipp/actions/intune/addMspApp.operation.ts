import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choices, requiredLine, text } from '../common/fields';
import { isRecord } from '../common/readers';
import * as validate from '../common/validators';
import { appFields, queuedAppOutput, selectedTenantsParameter } from '../shared/intune';
import type { CippOperation, StepContext } from '../types';

/** The install values each agent's command line is built from (Get-CIPPMSPAppInstallCommand). */
const AGENT_KEYS: Record<string, string[]> = {
	automate: ['Server', 'InstallerToken', 'LocationID'],
	cwcommand: ['ClientURL'],
	datto: ['DattoURL', 'DattoGUID'],
	Huntress: ['Orgkey', 'AccountKey'],
	syncro: ['ClientURL'],
};

/**
 * CIPP fills a value it cannot resolve with '' and still queues the agent, which then installs
 * without its keys. So before sending: every key the agent needs is given (NinjaOne and N-central
 * need Package Name instead), and a value keyed by tenant ID is only used when every tenant was
 * given by ID and has its key, as CIPP looks keyed values up by tenant ID only.
 */
function checkInstallValues(context: StepContext): void {
	const body = context.request.body as IDataObject;
	const rmmName = String((body.RMMName as IDataObject).value);
	const check = (field: string) => ({ node: context.node, field, itemIndex: context.itemIndex, access: 'write' as const });
	if (rmmName === 'ninja' || rmmName === 'NCentral') {
		if (!body.PackageName)
			validate.invalid(
				check('Package Name'),
				`${rmmName} needs its installer package.`,
				'Add Package Name under Additional Fields: CIPP would queue the agent with an empty package.',
			);
		return;
	}
	const params = isRecord(body.params) ? body.params : {};
	const tenants = body.selectedTenants as IDataObject[];
	const keyOf = (name: string) => Object.keys(params).find((key) => key.toLowerCase() === name.toLowerCase());
	for (const name of AGENT_KEYS[rmmName] ?? []) {
		const key = keyOf(name);
		const value = key === undefined ? undefined : params[key];
		if (isRecord(value)) {
			const byDomain = tenants.filter((tenant) => tenant.customerId === undefined).map((tenant) => tenant.defaultDomainName);
			if (byDomain.length > 0) {
				validate.invalid(
					check('Install Parameters'),
					`${name} is keyed by tenant ID, but ${byDomain.join(', ')} was given by domain, so CIPP would find no value and install the agent without it.`,
					'Give the tenants by tenant ID in Tenants, or give the value as one text (it may use %CIPP variables%).',
				);
			}
			const missing = tenants.filter((tenant) => !String(value[String(tenant.customerId)] ?? '').trim()).map((tenant) => tenant.customerId);
			if (missing.length > 0)
				validate.invalid(
					check('Install Parameters'),
					`${name} has no value for tenant ${missing.join(', ')}.`,
					`Add each tenant's ID as a key of ${name}.`,
				);
			continue;
		}
		if (value === undefined || value === null || String(value).trim() === '') {
			validate.invalid(
				check('Install Parameters'),
				`${rmmName} needs ${AGENT_KEYS[rmmName].join(', ')}; ${name} is missing.`,
				`Add ${name} to Install Parameters, e.g. {"${name}": "..."}. CIPP would queue the agent with an empty value.`,
			);
		}
	}
}

export const addMspApp: CippOperation = {
	resource: 'intune',
	value: 'addMspApp',
	name: 'Add MSP App',
	action: 'Queue an RMM agent app for deployment',
	description:
		'Queue an RMM or MSP agent (Datto, NinjaOne, Huntress, Syncro, N-central, Automate, ScreenConnect) as an Intune Win32 app for one or more tenants. CIPP deploys its queue later (every 12 hours, or with Process App Queue).',
	...writes('AddMSPApp', 'Endpoint.Application.ReadWrite'),
	parameters: [
		selectedTenantsParameter,
		{
			property: {
				displayName: 'Agent',
				name: 'rmmName',
				type: 'options',
				required: true,
				default: 'Huntress',
				description: 'Which agent to install',
				options: choices({
					'ConnectWise Automate': 'automate',
					'ConnectWise ScreenConnect': 'cwcommand',
					'Datto RMM': 'datto',
					Huntress: 'Huntress',
					'N-Central': 'NCentral',
					NinjaOne: 'ninja',
					Syncro: 'syncro',
				}),
			},
			send: { name: 'RMMName', in: 'body', encoding: 'labelValue' },
		},
		requiredLine('App Name', 'displayName', 'The name of the app in Intune', 'DisplayName', { placeholder: 'e.g. Huntress Agent' }),
		additionalFields([
			{
				property: {
					displayName: 'Install Parameters',
					name: 'params',
					type: 'json',
					default: '{}',
					description:
						'The agent\'s install values as JSON, each a text (may use %CIPP variables%) or an object keyed by tenant ID (then give every tenant by ID): Huntress Orgkey and AccountKey, Datto DattoURL and DattoGUID, Syncro and ScreenConnect ClientURL, Automate Server, InstallerToken and LocationID, e.g. {"Orgkey": "%tenantname%", "AccountKey": "abc123"}. Checked before sending.',
				},
				send: { name: 'params', in: 'body', encoding: 'json' },
			},
			text('Package Name', 'packageName', 'The installer package or URL, for NinjaOne and N-central', 'PackageName', {
				placeholder: 'e.g. https://app.ninjarmm.com/agent/installer/...',
				check: validate.longText,
			}),
			appFields.assignTo,
			appFields.customGroup,
			appFields.excludeGroup,
		]),
	],
	output: queuedAppOutput,
	run: async (context) => {
		checkInstallValues(context);
		return queuedAppOutput(await context.call(context.request, 'Endpoint.Application.ReadWrite'), context);
	},
};
