
import { textField } from '../common/fields';
import type { FieldEntry } from '../common/fields';

/** Profile attributes that Create and Update share (CIPP's New-CIPPUser / Set-CIPPUser read the same names). */
export const profileFields: FieldEntry[] = [
	textField({ displayName: 'First Name', name: 'givenName', description: 'The given name' }, { name: 'givenName', in: 'body' }),
	textField({ displayName: 'Last Name', name: 'surname', description: 'The surname' }, { name: 'surname', in: 'body' }),
	textField({ displayName: 'Job Title', name: 'jobTitle', description: 'The job title', placeholder: 'e.g. Sales Manager' }, { name: 'jobTitle', in: 'body' }),
	textField({ displayName: 'Department', name: 'department', description: 'The department', placeholder: 'e.g. Sales' }, { name: 'department', in: 'body' }),
	textField({ displayName: 'Company Name', name: 'companyName', description: 'The company name' }, { name: 'companyName', in: 'body' }),
	textField({ displayName: 'Mobile Phone', name: 'mobilePhone', description: 'The mobile phone number', placeholder: 'e.g. +1 425 555 0100' }, { name: 'mobilePhone', in: 'body' }),
	textField({ displayName: 'Business Phone', name: 'businessPhones', description: 'The business phone number', placeholder: 'e.g. +1 425 555 0101' }, { name: 'businessPhones', in: 'body' }),
	textField({ displayName: 'Street Address', name: 'streetAddress', description: 'The street address' }, { name: 'streetAddress', in: 'body' }),
	textField({ displayName: 'City', name: 'city', description: 'The city' }, { name: 'city', in: 'body' }),
	textField({ displayName: 'State', name: 'state', description: 'The state or province' }, { name: 'state', in: 'body' }),
	textField({ displayName: 'Postal Code', name: 'postalCode', description: 'The postal code' }, { name: 'postalCode', in: 'body' }),
	textField({ displayName: 'Country', name: 'country', description: 'The country or region', placeholder: 'e.g. United States' }, { name: 'country', in: 'body' }),
	textField({ displayName: 'Usage Location', name: 'usageLocation', description: 'Two-letter country code where the user uses Microsoft 365; needed before licences can be assigned', placeholder: 'e.g. US' }, { name: 'usageLocation', in: 'body', encoding: 'labelValue' }),
	textField({ displayName: 'Other Emails', name: 'otherMails', description: 'Alternative email addresses, separated by commas', placeholder: 'e.g. jane@gmail.com' }, { name: 'otherMails', in: 'body' }),
	textField({ displayName: 'Manager', name: 'setManager', description: "The manager's user principal name or object ID", placeholder: 'e.g. megan.bowen@contoso.com' }, { name: 'setManager', in: 'body', encoding: 'labelValue' }),
];
