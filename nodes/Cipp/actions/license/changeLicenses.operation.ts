import type { IDataObject } from 'n8n-workflow';

import { additionalFields } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const skuList = (displayName: string, name: string, description: string) => ({
	property: { displayName, name, type: 'string' as const, default: '', placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', description },
	send: { name: displayName.replace(/ /g, ''), in: 'body' as const, encoding: 'labelValueList' as const },
});

export const changeLicenses: CippOperation = {
	resource: 'license',
	value: 'changeLicenses',
	name: 'Change User Licenses',
	action: "Add, remove or replace a user's licences",
	description:
		"Add licences to a user, remove some or all of them, or replace them, by SKU ID (from License → Get Many). One item per user; CIPP only changes licences the user actually has when removing or replacing.",
	endpoint: 'ExecBulkLicense',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [
		tenantParameter('body'),
		{
			...userParameter({ name: 'userIds', in: 'body', encoding: 'stringList' }, { description: "The user's object ID: CIPP looks users up by ID only" }),
			validate: validate.guid,
		},
		{
			property: {
				displayName: 'License Operation',
				name: 'licenseOperation',
				type: 'options',
				default: 'Add',
				options: [
					{ name: 'Add', value: 'Add', description: 'Add the licences in Licenses' },
					{ name: 'Remove', value: 'Remove', description: 'Remove the licences in Licenses To Remove, or all of them' },
					{ name: 'Replace', value: 'Replace', description: 'Remove Licenses To Replace (or all) and add Licenses' },
				],
			},
			send: { name: 'LicenseOperation', in: 'body' },
		},
		{
			...skuList('Licenses', 'licenses', 'SKU IDs to add (Add, Replace), separated by commas'),
			optional: true,
		},
		additionalFields([
			skuList('Licenses To Remove', 'licensesToRemove', 'SKU IDs to remove (Remove), separated by commas'),
			skuList('Licenses To Replace', 'licensesToReplace', 'SKU IDs to take away when replacing (Replace), separated by commas'),
			{
				property: { displayName: 'Remove All Licenses', name: 'removeAllLicenses', type: 'boolean', default: false, description: 'Whether Remove takes away every licence the user has' },
				send: { name: 'RemoveAllLicenses', in: 'body', encoding: 'boolean' },
			},
			{
				property: { displayName: 'Replace All Licenses', name: 'replaceAllLicenses', type: 'boolean', default: false, description: 'Whether Replace takes away every licence the user has' },
				send: { name: 'ReplaceAllLicenses', in: 'body', encoding: 'boolean' },
			},
		]),
	],
	output: actionResult(),
	// CIPP reads the body as a list of rows, one per user: this item's fields are one row.
	run: async (context) => {
		const answer = await context.call({ ...context.request, body: [context.request.body as IDataObject] }, changeLicenses.role);
		return changeLicenses.output(answer, context);
	},
};
