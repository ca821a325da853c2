import { choices, requiredChoice } from '../common/fields';
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
		requiredChoice(
			'Lock State',
			'lockState',
			'',
			{ name: 'LockState', in: 'body', encoding: 'labelValue' },
			'ReadOnly',
			choices({ 'No Access': 'NoAccess', 'Read-Only': 'ReadOnly', Unlocked: 'Unlock' }),
		),
	],
);
