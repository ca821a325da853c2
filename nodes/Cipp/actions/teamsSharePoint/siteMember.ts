import { actionResult } from '../common/outputs';
import { requiredParameter, tenantParameter, upnParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { siteUrlParameter } from './shared';

/** ExecSetSharePointMember adds (Add true) or removes (Add false) a user in a site's role group. */
export function siteMemberOperation(
	add: boolean,
	operation: Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>,
): CippOperation {
	return {
		resource: 'teamsSharePoint',
		...operation,
		endpoint: 'ExecSetSharePointMember',
		method: 'POST',
		access: 'write',
		role: 'Sharepoint.Site.ReadWrite',
		parameters: [
			tenantParameter('body'),
			siteUrlParameter({ name: 'URL', in: 'body' }),
			upnParameter({ name: 'user', in: 'body', encoding: 'labelValue' }, { name: 'user' }),
			requiredParameter(
				{
					displayName: 'Role',
					name: 'role',
					type: 'options',
					default: 'Members',
					options: [
						{ name: 'Members', value: 'Members' },
						{ name: 'Owners', value: 'Owners' },
						{ name: 'Visitors', value: 'Visitors' },
					],
				},
				{ name: 'Role', in: 'body' },
			),
			requiredParameter(
				{
					displayName: 'Site Type',
					name: 'siteType',
					type: 'options',
					default: 'Communication Site',
					description:
						"The site's template (the rootWebTemplate field of Get Many Sites). Owners and members of a group-connected site are changed in its Microsoft 365 group.",
					options: [
						{ name: 'Communication Site', value: 'Communication Site' },
						{ name: 'Group-Connected Team Site', value: 'Group' },
						{ name: 'Team Site (No Microsoft 365 Group)', value: 'Team Site' },
					],
				},
				{ name: 'SharePointType', in: 'body' },
			),
			{
				property: {
					displayName: 'Microsoft 365 Group',
					name: 'groupId',
					type: 'string',
					default: '',
					placeholder: 'e.g. sales@contoso.com',
					description:
						'For a group-connected site: its Microsoft 365 group, by ID, mail address or mail nickname',
				},
				send: { name: 'GroupID', in: 'body' },
				optional: true,
			},
		],
		constants: { body: { Add: add } },
		output: actionResult(),
	};
}
