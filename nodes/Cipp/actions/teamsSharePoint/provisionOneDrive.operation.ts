import { writes } from '../common/endpoints';
import { upnParameter } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const provisionOneDrive: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'provisionOneDrive',
	name: 'Provision OneDrive',
	action: "Pre-provision a user's OneDrive",
	description:
		"Ask SharePoint to create a user's OneDrive now instead of at their first sign-in (e.g. before migrating files). SharePoint creates it in the background, usually within minutes.",
	...writes('ExecOneDriveProvision', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), upnParameter({ name: 'UserPrincipalName', in: 'body' }, { name: 'userPrincipalName' })],
	output: actionResult(),
};
