import { writes } from '../common/endpoints';
import { requiredParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const setCopilotSetting: CippOperation = {
	resource: 'standard',
	value: 'setCopilotSetting',
	name: 'Set Copilot Setting',
	action: 'Set a Microsoft 365 Copilot setting',
	description:
		'Set one Microsoft 365 Copilot admin setting of a tenant to 1, 0 or not configured. For Allow Web Search, 1 means off everywhere and 0 off in work mode only, though CIPP answers "Enabled"/"Disabled".',
	...writes('ExecCopilotSettings', 'Tenant.Standards.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredParameter(
			{
				displayName: 'Setting',
				name: 'settingId',
				type: 'options',
				default: 'microsoft.copilot.copilotchatpinning',
				options: [
					{ name: 'Admin Copilot in Microsoft 365 Admin Center', value: 'microsoft.copilot.allowinadmincenters' },
					{ name: 'Allow Web Search', value: 'microsoft.copilot.allowwebsearch' },
					{ name: 'Block Copilot Access to Open Content', value: 'microsoft.copilot.blockaccesstoopenfiles' },
					{ name: 'Designer Image Generation', value: 'microsoft.copilot.imagegeneration' },
					{ name: 'Pin Microsoft 365 Copilot Chat', value: 'microsoft.copilot.copilotchatpinning' },
				],
			},
			{ name: 'settingId', in: 'body', encoding: 'labelValue' },
		),
		requiredParameter(
			{
				displayName: 'Value',
				name: 'value',
				type: 'options',
				default: '1',
				options: [
					{ name: '0 (Disabled)', value: '0' },
					{ name: '1 (Enabled)', value: '1' },
					{ name: '2 (Web Search: On Everywhere)', value: '2' },
					{ name: 'Not Configured', value: 'clear' },
				],
			},
			{ name: 'value', in: 'body', encoding: 'labelValue' },
		),
	],
	output: actionResult(),
};
