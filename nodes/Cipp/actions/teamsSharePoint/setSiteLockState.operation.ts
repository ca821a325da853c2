import { requiredParameter } from '../common/fields';
import { siteWriteOperation } from '../shared/teamsSharePoint';

export const setSiteLockState = siteWriteOperation(
	{
		value: 'setSiteLockState',
		name: 'Set Site Lock State',
		action: 'Lock or unlock a SharePoint site',
		description: 'Make a SharePoint site read-only, block all access to it, or unlock it again',
		endpoint: 'ExecSetSiteProperties',
		role: 'Sharepoint.Site.ReadWrite',
	},
	[
		requiredParameter(
			{
				displayName: 'Lock State',
				name: 'lockState',
				type: 'options',
				default: 'ReadOnly',
				options: [
					{ name: 'No Access', value: 'NoAccess' },
					{ name: 'Read-Only', value: 'ReadOnly' },
					{ name: 'Unlocked', value: 'Unlock' },
				],
			},
			{ name: 'LockState', in: 'body', encoding: 'labelValue' },
		),
	],
);
