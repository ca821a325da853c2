import { writes } from '../common/endpoints';
import { upnParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { siteUrlParameter } from '../shared/teamsSharePoint';
import type { CippOperation, Validator } from '../types';

/** CIPP's site-user picker shape: the UPN, and the SharePoint claims login in addedFields. */
const siteUser: Validator = (value, check) => {
	const name = validate.userPrincipalName(value, check) as string;
	return { value: name, label: name, addedFields: { LoginName: `i:0#.f|membership|${name}` } };
};

export const removeSiteUser: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'removeSiteUser',
	name: 'Remove Site User',
	action: 'Remove a user from a SharePoint site entirely',
	description:
		'Remove a user (e.g. a guest) from a SharePoint site entirely: every site group and direct permission at once. Site collection admins are refused (use Remove Site Admin first); sharing links sent by mail are not revoked.',
	...writes('ExecRemoveSiteUser', 'Sharepoint.Site.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		siteUrlParameter({ name: 'SiteUrl', in: 'body' }),
		{
			...upnParameter({ name: 'user', in: 'body', encoding: 'json' }, { name: 'user' }),
			validate: siteUser,
		},
	],
	output: actionResult(),
};
