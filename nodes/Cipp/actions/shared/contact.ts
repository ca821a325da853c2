import type { IDataObject } from 'n8n-workflow';

import { flag, requiredText, text, textField } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { recordParameter } from '../common/pickers';
import * as validate from '../common/validators';
import type { CippParameter, SendTo, StepContext, Validator } from '../types';

/** The mail contact to act on, picked from the tenant's contacts or typed by its GUID. */
export function contactParameter(send: SendTo): CippParameter {
	return recordParameter(
		{
			displayName: 'Contact',
			name: 'contactId',
			description: 'The mail contact, from the list or by its Guid (from Contact → Get Many)',
			searchListMethod: 'searchContacts',
			placeholder: 'Select a contact...',
		},
		send,
	);
}

/** A contact template of CIPP's, picked from the list or typed by its GUID. */
export function contactTemplateParameter(send: SendTo): CippParameter {
	return recordParameter(
		{
			displayName: 'Template ID',
			name: 'templateId',
			description: 'The contact template, from the list or by its GUID (from Contact → Get Many Templates)',
			searchListMethod: 'searchContactTemplates',
			placeholder: 'Select a template...',
		},
		send,
	);
}

/** Which CIPP endpoint the details go to: AddContact, EditContact, or a contact template (Add/EditContactTemplates). */
export type ContactFieldNames = 'add' | 'edit' | 'template';

const ADD_NAMES: Record<string, string> = {
	title: 'Title',
	company: 'Company',
	streetAddress: 'StreetAddress',
	city: 'City',
	state: 'State',
	postalCode: 'PostalCode',
	countryOrRegion: 'CountryOrRegion',
};

/** CIPP's field name for each detail where it is not the editor field's name. */
const CIPP_NAMES: Record<ContactFieldNames, Record<string, string>> = {
	add: ADD_NAMES,
	edit: { ...ADD_NAMES, lastName: 'LastName' },
	template: { title: 'jobTitle', company: 'companyName', countryOrRegion: 'country', phone: 'businessPhone' },
};

const DETAILS: Array<[string, string, string]> = [
	['First Name', 'firstName', 'e.g. Jane'],
	['Last Name', 'lastName', 'e.g. Doe'],
	['Job Title', 'title', 'e.g. Account Manager'],
	['Company', 'company', 'e.g. Fabrikam Ltd'],
	['Street Address', 'streetAddress', 'e.g. 1 Main Street'],
	['City', 'city', 'e.g. Seattle'],
	['State or Province', 'state', 'e.g. WA'],
	['Postal Code', 'postalCode', 'e.g. 98052'],
	['Country or Region', 'countryOrRegion', 'e.g. United States'],
	['Business Phone', 'phone', 'e.g. +1 425 555 0100'],
	['Mobile Phone', 'mobilePhone', 'e.g. +1 425 555 0101'],
	['Website', 'website', 'e.g. https://fabrikam.com'],
];

/**
 * A mail contact's optional details, with CIPP's field names for the endpoint: Add and Edit read
 * the same ones (Edit spells the last name `LastName`); a contact template names several otherwise.
 */
export function contactDetails(kind: ContactFieldNames): FieldEntry[] {
	const field = (name: string) => CIPP_NAMES[kind][name] ?? name;
	return [
		...DETAILS.map(([displayName, name, placeholder]) => textField({ displayName, name, placeholder }, { name: field(name), in: 'body' })),
		text('Mail Tip', 'mailTip', 'Shown to senders in Outlook', 'mailTip', {
			placeholder: 'e.g. External partner',
			check: validate.longText,
		}),
		flag('Hide From GAL', 'hidefromGAL', 'Whether the contact is hidden from the global address list', 'hidefromGAL'),
	];
}

const IDENTITY: Array<[string, string, string, string, Validator]> = [
	['Display Name', 'displayName', 'e.g. Jane Doe (Fabrikam)', 'The name shown in the address list', validate.text],
	['Email', 'email', 'e.g. jane@fabrikam.com', 'The external email address', validate.emailAddress],
];

/** The required name and address of a new contact or contact template. */
export function contactIdentity(): CippParameter[] {
	return IDENTITY.map(([displayName, name, placeholder, description, check]) =>
		requiredText({ displayName, name, placeholder, description }, { name, in: 'body', validate: check }),
	);
}

/** The name and address as optional fields of an update. */
export function contactIdentityChanges(): FieldEntry[] {
	return IDENTITY.map(([displayName, name, placeholder, , check]) =>
		textField({ displayName, name, placeholder }, { name, in: 'body' }, check),
	);
}

/** The fields of a contact template CIPP keeps (Add/EditContactTemplates copy these by name and drop the rest). */
export const contactTemplateFields = [...contactIdentityChanges(), ...contactDetails('template')].map((entry) => entry.send.name);

/** Reads one contact template (the whole record, as Deploy sends it) by its GUID. */
export async function readContactTemplate(context: StepContext, id: string): Promise<IDataObject> {
	const answer = await context.call({ method: 'GET', endpoint: 'ListContactTemplates', qs: { ID: id } }, 'Exchange.Contact.Read');
	const [template] = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	if (!template) context.fail(`Template with ID ${id} not found`);
	return template;
}
