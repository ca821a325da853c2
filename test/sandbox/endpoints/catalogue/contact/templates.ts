/** Contact templates (CIPP's templates table, PartitionKey ContactTemplate) and their deployment. */
import { stableGuid } from '../../../directory';
import type { SandboxState } from '../../../fixtures';
import { GraphError, normalizeGraphError } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { newMailContact, setContact, tenantContacts } from './contacts';
import { exoTenant, removeTemplate, templateRecord, templateRows } from './exchange';

const PARTITION = 'ContactTemplate';

export const contactTemplateIds = { vendor: stableGuid('contactTemplate/vendor-helpdesk') };

/** The seeded template, as CIPP stores its JSON. */
export const vendorTemplate = {
	name: 'Vendor Helpdesk',
	comments: 'Contact template created 2026-11-02 10:14:00',
	displayName: 'Vendor Helpdesk',
	email: 'helpdesk@vendor.example',
	companyName: 'Vendor Ltd',
	businessPhone: '+44 20 7946 0000',
	hidefromGAL: false,
};

function rows(state: SandboxState) {
	return templateRows(state, PARTITION, () => [{ RowKey: contactTemplateIds.vendor, JSON: { ...vendorTemplate } }]);
}

/** Invoke-ListContactTemplates: all, or one by ID (HTTP 404 with `Error` when there is none). */
const ListContactTemplates: Endpoint = {
	name: 'ListContactTemplates',
	role: 'Exchange.Contact.Read',
	anyTenant: true,
	handle(ctx) {
		const id = ctx.fromQuery('ID');
		const list = rows(ctx.state)
			.filter((row) => !id || row.RowKey === id)
			.map(templateRecord);
		if (id && list.length === 0) return { status: 404, body: { Error: `Template with ID ${id} not found` } };
		return { status: 200, body: list };
	},
};

/** Invoke-RemoveContactTemplates */
const RemoveContactTemplates: Endpoint = {
	name: 'RemoveContactTemplates',
	role: 'Exchange.Contact.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		const { error } = removeTemplate(ctx, PARTITION, id);
		if (error) return { status: 403, body: { Results: `Failed to remove Contact template with ID ${id}. Error: ${error}` } };
		return { status: 200, body: { Results: `Removed Contact Template with ID ${id}.` } };
	},
};

const valuesOf = (list: unknown): unknown[] =>
	(Array.isArray(list) ? list : list === undefined || list === null ? [] : [list])
		.map((entry) => (isPlainObject(entry) ? entry.value : undefined))
		.filter((value) => value !== undefined && value !== null && value !== '');

/** Invoke-DeployContactTemplates: each TemplateList value is a whole template; an existing email is skipped. */
const DeployContactTemplates: Endpoint = {
	name: 'DeployContactTemplates',
	role: 'Exchange.Contact.ReadWrite',
	handle(ctx) {
		let tenants = valuesOf(ctx.fromBody('selectedTenants')).map(psString);
		if (tenants.includes('AllTenants'))
			tenants = ctx.state.tenants.filter((tenant) => !tenant.isPartner).map((tenant) => tenant.defaultDomainName);
		const templates = valuesOf(ctx.fromBody('TemplateList'));
		if (templates.length === 0) {
			return {
				status: 500,
				body: {
					Results:
						'Failed to process contact template deployment request. Error: TemplateList is required and must contain at least one template',
				},
			};
		}
		const results: string[] = [];
		for (const tenantName of tenants) {
			for (const raw of templates) {
				const template = (isPlainObject(raw) ? raw : {}) as Record<string, unknown>;
				const displayName = psString(template.displayName);
				const email = psString(template.email);
				try {
					const tenant = exoTenant(ctx.state, tenantName);
					const list = tenantContacts(ctx.state, tenant);
					if (email && list.some((contact) => contact.ExternalEmailAddress.replace(/^SMTP:/i, '') === email)) {
						results.push(`Contact '${displayName}' with email '${email}' already exists in tenant ${tenantName}`);
						continue;
					}
					const contact = newMailContact(list, tenant, displayName, email);
					contact.FirstName = psString(template.firstName);
					contact.LastName = psString(template.lastName);
					setContact(contact, {
						Title: template.jobTitle,
						Company: template.companyName,
						StreetAddress: template.streetAddress,
						City: template.city,
						StateOrProvince: template.state,
						PostalCode: template.postalCode,
						CountryOrRegion: template.country,
						Phone: template.businessPhone,
						MobilePhone: template.mobilePhone,
						WebPage: template.website,
					});
					if (template.hidefromGAL) contact.HiddenFromAddressListsEnabled = true;
					if (psString(template.mailTip).trim()) contact.MailTip = psString(template.mailTip);
					results.push(`Successfully deployed contact '${displayName}' to tenant ${tenantName}`);
				} catch (error) {
					if (!(error instanceof GraphError)) throw error;
					results.push(`Failed to deploy contact '${displayName}' to tenant ${tenantName}. Error: ${normalizeGraphError(error.message)}`);
				}
			}
		}
		// A foreach that yields one string gives a string, not a list.
		return { status: 200, body: { Results: results.length === 1 ? results[0] : results } };
	},
};

export const endpoints: Endpoint[] = [ListContactTemplates, RemoveContactTemplates, DeployContactTemplates];
