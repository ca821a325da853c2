import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { cippUserUpn } from '../shared/administration';
import type { CippOperation } from '../types';

export const saveCippUser: CippOperation = {
	resource: 'administration',
	value: 'saveCippUser',
	name: 'Save CIPP User',
	action: "Add a person to CIPP's portal or change their roles",
	description:
		"Add a person to CIPP's portal, or set the roles of one already there: the roles given replace their manually assigned roles (roles from Entra group sync stay). Needs an API client with CIPP's superadmin role.",
	...writes('ExecCIPPUsers', 'CIPP.SuperAdmin.ReadWrite'),
	parameters: [
		cippUserUpn,
		requiredText(
			{
				displayName: 'Roles',
				name: 'cippUserRoles',
				placeholder: 'e.g. editor, helpdesk-contoso',
				description: 'CIPP roles, separated by commas: readonly, editor, admin, superadmin or a custom role name',
			},
			{ name: 'Roles', in: 'body', encoding: 'stringList', validate: validate.commaList },
		),
	],
	constants: { body: { Action: 'AddUpdate' } },
	output: actionResult(),
};
