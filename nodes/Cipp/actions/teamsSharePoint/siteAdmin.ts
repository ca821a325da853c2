import { actionResult } from '../common/outputs';
import { tenantParameter, userParameter } from '../common/parameters';
import type { CippOperation } from '../types';
import { siteUrl, upnList } from './shared';

/** ExecSharePointPerms sets or clears the site collection admin flag (RemovePermission). */
export function siteAdminOperation(
	remove: boolean,
	operation: Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>,
): CippOperation {
	return {
		resource: 'teamsSharePoint',
		...operation,
		endpoint: 'ExecSharePointPerms',
		method: 'POST',
		access: 'write',
		role: 'Sharepoint.Site.ReadWrite',
		parameters: [
			tenantParameter('body'),
			userParameter(
				{ name: 'UPN', in: 'body', encoding: 'graphId' },
				{
					name: 'oneDriveOwner',
					displayName: 'OneDrive Owner',
					description: 'The user whose OneDrive to change, by user principal name or object ID; not used when a Site URL is given',
				},
			),
			{
				property: {
					displayName: 'Admins',
					name: 'admins',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'e.g. it.admin@contoso.com, helpdesk@contoso.com',
					description: 'The site collection admins to ' + (remove ? 'remove' : 'add') + ', by user principal name, separated by commas',
				},
				send: { name: 'onedriveAccessUser', in: 'body', encoding: 'stringList' },
				validate: upnList,
			},
			{
				property: {
					displayName: 'Site URL',
					name: 'siteUrl',
					type: 'string',
					default: '',
					placeholder: 'e.g. https://contoso.sharepoint.com/sites/Sales',
					description: "A SharePoint site instead of the owner's OneDrive; leave empty for the OneDrive",
				},
				send: { name: 'URL', in: 'body' },
				optional: true,
				validate: siteUrl,
			},
		],
		constants: { body: { RemovePermission: remove } },
		output: actionResult(),
	};
}
