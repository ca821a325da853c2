import type { NotOffered } from './types';

/** Email-Exchange contacts and resources; Security compliance (DLP, retention, SIT, sensitivity labels) (OpenAPI tags Email-Exchange > Administration > Contacts, Email-Exchange > Resources, Security > Compliance-DLP, Security > Compliance-Retention, Security > Compliance-SIT, Security > Compliance-SensitivityLabel). */
export const notOffered: NotOffered[] = [
	{
		endpoint: 'AddContactTemplates',
		reason: 'notYetBuilt',
		note: "CIPP copies the template's fields (email, firstName, companyName, ...) from the body by name in a loop that CIPP's OpenAPI does not declare (only displayName): offering it needs those fields allowed in the contract first.",
	},
	{
		endpoint: 'EditContactTemplates',
		reason: 'notYetBuilt',
		note: "As AddContactTemplates: the template's fields are read by name in a loop the OpenAPI does not declare (only ContactTemplateID and displayName), and CIPP overwrites the whole template, so an edit would also need the current template read first.",
	},
];
