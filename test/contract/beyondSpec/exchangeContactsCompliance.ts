import type { BeyondSpec } from './types';

const CONTACTS = 'Email-Exchange/Administration/Contacts';

/** The contact template fields Add/EditContactTemplates copy from the body by name ($propertiesToKeep). */
const contactTemplate: Record<string, string> = {
	firstName: 'string',
	lastName: 'string',
	email: 'string',
	hidefromGAL: 'boolean',
	streetAddress: 'string',
	postalCode: 'string',
	city: 'string',
	state: 'string',
	country: 'string',
	companyName: 'string',
	mobilePhone: 'string',
	businessPhone: 'string',
	jobTitle: 'string',
	website: 'string',
	mailTip: 'string',
};

/** Email-Exchange contacts and resources; Security compliance. */
export const beyondSpec: Record<string, BeyondSpec> = {
	AddContactTemplates: { body: contactTemplate, source: `${CONTACTS}/Invoke-AddContactTemplates.ps1 (:27-37)` },
	EditContactTemplates: { body: contactTemplate, source: `${CONTACTS}/Invoke-EditContactTemplates.ps1 (:43-53)` },
};
