import { additionalFields, requiredParameter, textField } from '../common/fields';
import * as validate from '../common/validators';
import { appFields, queuedAppOutput, selectedTenantsParameter } from '../shared/intune';
import type { CippOperation } from '../types';

export const addMspApp: CippOperation = {
	resource: 'intune',
	value: 'addMspApp',
	name: 'Add MSP App',
	action: 'Queue an RMM agent app for deployment',
	description:
		"Queue an RMM or MSP agent (Datto, NinjaOne, Huntress, Syncro, N-central, Automate, ScreenConnect) as an Intune Win32 app for one or more tenants. CIPP deploys its queue later (every 12 hours, or with Process App Queue).",
	endpoint: 'AddMSPApp',
	method: 'POST',
	access: 'write',
	role: 'Endpoint.Application.ReadWrite',
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
				options: [
					{ name: 'ConnectWise Automate', value: 'automate' },
					{ name: 'ConnectWise ScreenConnect', value: 'cwcommand' },
					{ name: 'Datto RMM', value: 'datto' },
					{ name: 'Huntress', value: 'Huntress' },
					{ name: 'N-Central', value: 'NCentral' },
					{ name: 'NinjaOne', value: 'ninja' },
					{ name: 'Syncro', value: 'syncro' },
				],
			},
			send: { name: 'RMMName', in: 'body', encoding: 'labelValue' },
		},
		requiredParameter({ displayName: 'App Name', type: 'string', default: '', name: 'displayName', placeholder: 'e.g. Huntress Agent', description: 'The name of the app in Intune' }, { name: 'DisplayName', in: 'body' }),
		additionalFields([
			{
				property: {
					displayName: 'Install Parameters',
					name: 'params',
					type: 'json',
					default: '{}',
					description:
						'The agent\'s install values as JSON, each a text (may use %CIPP variables%) or an object keyed by tenant ID, e.g. {"Orgkey": "%tenantname%", "AccountKey": "abc123"} for Huntress, {"DattoURL": "...", "DattoGUID": "..."} for Datto',
				},
				send: { name: 'params', in: 'body', encoding: 'json' },
			},
			textField(
				{ displayName: 'Package Name', name: 'packageName', placeholder: 'e.g. https://app.ninjarmm.com/agent/installer/...', description: 'The installer package or URL, for NinjaOne and N-central' },
				{ name: 'PackageName', in: 'body' },
				validate.longText,
			),
			appFields.assignTo,
			appFields.customGroup,
			appFields.excludeGroup,
		]),
	],
	output: queuedAppOutput,
};
