import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const updateAliases: CippOperation = {
	resource: 'user',
	value: 'updateAliases',
	name: 'Update Aliases',
	action: "Add, remove or make primary a user's email aliases",
	description:
		"Add or remove a mailbox's email aliases, or make one of its addresses the primary address, in one change; aliases it already has are skipped",
	...writes('EditUserAliases', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		mailboxParameter({ name: 'id', in: 'body' }),
		additionalFields([
			text('Add Aliases', 'addAliases', 'Addresses to add, separated by commas', 'AddedAliases', {
				placeholder: 'e.g. jane@contoso.com, j.doe@contoso.com',
				check: validate.longText,
			}),
			text('Make Primary', 'makePrimary', 'An address the mailbox already has, to make its primary address', 'MakePrimary', {
				placeholder: 'e.g. jane@contoso.com',
			}),
			text('Remove Aliases', 'removeAliases', 'Addresses to remove, separated by commas', 'RemovedAliases', {
				placeholder: 'e.g. old.name@contoso.com',
				check: validate.longText,
			}),
		]),
	],
	// With no field CIPP changes nothing and says so with HTTP 200.
	refusals: [/^No alias changes specified/],
	output: actionResult(),
};
