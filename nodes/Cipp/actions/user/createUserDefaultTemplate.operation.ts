import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, flag, text } from '../common/fields';
import {
	createdTemplate,
	defaultForTenantField,
	profileFields,
	templateNameParameter,
	storedTemplateTenantParameter,
	USER_DEFAULT_TEMPLATES,
} from '../shared/user';
import type { CippOperation } from '../types';

export const createUserDefaultTemplate: CippOperation = {
	resource: 'user',
	value: 'createUserDefaultTemplate',
	name: 'Create User Default Template',
	action: 'Create a user default template',
	description:
		"Save a preset for CIPP's new-user form (domain, usage location, profile fields) for one tenant or every tenant. The template always lets CIPP generate the password: CIPP would store a given one in clear text.",
	...writes('AddUserDefaults', USER_DEFAULT_TEMPLATES.remove.role),
	parameters: [
		storedTemplateTenantParameter,
		templateNameParameter,
		additionalFields([
			defaultForTenantField,
			...profileFields,
			text('Domain', 'primDomain', 'The domain of new user principal names', asLabelValue('primDomain'), {
				placeholder: 'e.g. contoso.com',
			}),
			flag('Must Change Password', 'MustChangePass', 'Whether new users must choose a password at first sign-in', 'MustChangePass'),
		]),
	],
	constants: { body: { Autopassword: true } },
	output: createdTemplate,
};
