import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, guidText, text, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';
import { siteUrl } from '../shared/teamsSharePoint';

export const removeExternalUser: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'removeExternalUser',
	name: 'Remove External User',
	action: "Remove a guest's SharePoint access",
	description:
		"Remove a guest's access in one pass: delete their Entra guest account and remove them from the sites given (the EntraUserId, LoginName and Sites of Get Many External Users). Sharing links they received stay.",
	...writes('ExecRemoveSPOExternalUser', 'Sharepoint.Site.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		additionalFields([
			text('Display Name', 'displayName', "The guest's name for CIPP's message", 'DisplayName'),
			guidText('Entra User ID', 'entraUserId', 'The guest account to delete', 'EntraUserId'),
			text('Login Name', 'loginName', "The guest's SharePoint login, for removing them from sites", 'LoginName', {
				placeholder: 'e.g. i:0#.f|membership|jane_gmail.com#ext#@contoso.onmicrosoft.com',
			}),
			textField(
				{ displayName: 'Site URLs', name: 'siteUrls', description: 'The sites to remove the guest from, separated by commas' },
				{ name: 'SiteUrls', in: 'body', encoding: 'stringList' },
				(value, check) => validate.listOf(value).map((url) => siteUrl(url, check)),
			),
		]),
	],
	output: actionResult(),
	run: async (context) => {
		const body = (context.request.body ?? {}) as IDataObject;
		if (!body.EntraUserId && !(Array.isArray(body.SiteUrls) && body.SiteUrls.length > 0)) {
			validate.invalid(
				{ node: context.node, field: 'Additional Fields', itemIndex: context.itemIndex, access: 'write' },
				'nothing to remove: no Entra User ID and no Site URLs.',
				'Add the Entra User ID (to delete the guest account), Site URLs (with Login Name), or both.',
			);
		}
		return removeExternalUser.output(await context.call(context.request, removeExternalUser.role), context);
	},
};
