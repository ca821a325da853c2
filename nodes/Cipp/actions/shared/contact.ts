import type { IDataObject } from 'n8n-workflow';

import { booleanField, textField } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { recordParameter } from '../common/pickers';
import * as validate from '../common/validators';
import type { CippParameter, SendTo, StepContext } from '../types';

/** An email address, as Exchange takes it for a mail contact's external address. */
export const emailAddress = validate.matching(/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/, 'jane@example.com');

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

const text = (displayName: string, name: string, field: string, placeholder: string): FieldEntry =>
	textField({ displayName, name, placeholder }, { name: field, in: 'body' });

/**
 * A mail contact's optional details, with CIPP's field names: Add and Edit read the same ones,
 * except that Edit spells the last name `LastName` where Add spells it `lastName`.
 */
export function contactDetails(lastName: 'lastName' | 'LastName'): FieldEntry[] {
	return [
		text('First Name', 'firstName', 'firstName', 'e.g. Jane'),
		text('Last Name', 'lastName', lastName, 'e.g. Doe'),
		text('Job Title', 'title', 'Title', 'e.g. Account Manager'),
		text('Company', 'company', 'Company', 'e.g. Fabrikam Ltd'),
		text('Street Address', 'streetAddress', 'StreetAddress', 'e.g. 1 Main Street'),
		text('City', 'city', 'City', 'e.g. Seattle'),
		text('State or Province', 'state', 'State', 'e.g. WA'),
		text('Postal Code', 'postalCode', 'PostalCode', 'e.g. 98052'),
		text('Country or Region', 'countryOrRegion', 'CountryOrRegion', 'e.g. United States'),
		text('Business Phone', 'phone', 'phone', 'e.g. +1 425 555 0100'),
		text('Mobile Phone', 'mobilePhone', 'mobilePhone', 'e.g. +1 425 555 0101'),
		text('Website', 'website', 'website', 'e.g. https://fabrikam.com'),
		textField(
			{ displayName: 'Mail Tip', name: 'mailTip', placeholder: 'e.g. External partner', description: 'Shown to senders in Outlook' },
			{ name: 'mailTip', in: 'body' },
			validate.longText,
		),
		booleanField(
			{ displayName: 'Hide From GAL', name: 'hidefromGAL', description: 'Whether the contact is hidden from the global address list' },
			{ name: 'hidefromGAL', in: 'body' },
		),
	];
}

/** Reads one contact template (the whole record, as Deploy sends it) by its GUID. */
export async function readContactTemplate(context: StepContext, id: string): Promise<IDataObject> {
	const answer = await context.call({ method: 'GET', endpoint: 'ListContactTemplates', qs: { ID: id } }, 'Exchange.Contact.Read');
	const [template] = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	if (!template) context.fail(`Template with ID ${id} not found`);
	return template;
}
