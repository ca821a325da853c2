import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, requiredLine, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const createTeam: CippOperation = {
	resource: 'teamsSharePoint',
	value: 'createTeam',
	name: 'Create Team',
	action: 'Create a Microsoft Team',
	description:
		'Create a Microsoft Team (with its Microsoft 365 group and SharePoint site) from the standard template, with one or more owners. Microsoft finishes provisioning in the background.',
	...writes('AddTeam', 'Teams.Group.ReadWrite'),
	// CIPP always writes visibility into the Graph body (Invoke-AddTeam.ps1:33-40): left out it is
	// null and Graph makes the team Public. The editor's default, Private, is sent unless Visibility is added.
	constants: { body: { visibility: 'Private' } },
	parameters: [
		tenantParameter('body', { name: 'tenantid' }),
		requiredLine('Display Name', 'displayName', '', 'displayName', { placeholder: 'e.g. Project Falcon' }),
		requiredLine(
			'Owners',
			'owners',
			'The owners, by user principal name or object ID, separated by commas',
			{ name: 'owner', in: 'body', encoding: 'stringList' },
			{ placeholder: 'e.g. jane.doe@contoso.com, joe@contoso.com', check: validate.longText },
		),
		additionalFields([
			textField({ displayName: 'Description', name: 'description' }, { name: 'description', in: 'body' }, validate.longText),
			choiceField(
				'Visibility',
				'visibility',
				'Whether anyone in the organisation may join (Public) or only people the owners add (Private). Without this field the team is Private.',
				'visibility',
				'Private',
				choices({ Private: 'Private', Public: 'Public' }),
			),
		]),
	],
	output: actionResult(),
};
