/** Contact templates (CIPP's templates table, PartitionKey ContactTemplate) and their deployment. */
import { beyondSpec } from '../../../../contract/beyondSpec';
import { stableGuid } from '../../../directory';
import type { SandboxState } from '../../../fixtures';
import { GraphError, normalizeGraphError } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psList, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
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

/** The fields Add/EditContactTemplates copy from the body when they are not $null: displayName and those the spec does not declare. */
const KEPT = ['displayName', ...Object.keys(beyondSpec.AddContactTemplates.body ?? {})];

/** The template's JSON as Add/EditContactTemplates build it: name, comments, then each kept field given. */
function templateJson(ctx: EndpointContext, verb: 'created' | 'updated'): Record<string, unknown> {
	const json: Record<string, unknown> = {
		name: ctx.fromBody('displayName') ?? null,
		comments: `Contact template ${verb} ${new Date().toISOString().replace('T', ' ').slice(0, 19)}`,
	};
	for (const field of KEPT) {
		const value = ctx.fromBody(field);
		if (value !== undefined && value !== null) json[field] = value;
	}
	return json;
}

/** Invoke-AddContactTemplates: a new row with a new GUID; nothing is required. */
const AddContactTemplates: Endpoint = {
	name: 'AddContactTemplates',
	role: 'Exchange.Contact.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const json = templateJson(ctx, 'created');
		const id = stableGuid(`contactTemplate/${psString(json.name)}/${rows(ctx.state).length}`);
		rows(ctx.state).push({ RowKey: id, JSON: json });
		return { status: 200, body: { Results: `Created Contact Template ${psString(json.name)} with GUID ${id}` } };
	},
};

/** Invoke-EditContactTemplates: the existing row is overwritten with only what this request gives (HTTP 403 on failure). */
const EditContactTemplates: Endpoint = {
	name: 'EditContactTemplates',
	role: 'Exchange.Contact.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const fail = (error: string) => ({ status: 403, body: { Results: `Failed to update Contact template: ${error}` } });
		const id = psString(ctx.fromBody('ContactTemplateID'));
		if (!id) return fail('ContactTemplateID is required for editing a template');
		if (!GUID.test(id)) return fail(`Invalid GUID format for OData filter: '${id}'`);
		const row = rows(ctx.state).find((candidate) => candidate.RowKey === id);
		if (!row) return fail(`Contact template with ID ${id} not found`);
		row.JSON = templateJson(ctx, 'updated');
		return { status: 200, body: { Results: `Updated Contact Template ${psString(row.JSON.name)} with GUID ${id}` } };
	},
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const valuesOf = (list: unknown): unknown[] =>
	psList(list)
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

export const endpoints: Endpoint[] = [
	ListContactTemplates,
	AddContactTemplates,
	EditContactTemplates,
	RemoveContactTemplates,
	DeployContactTemplates,
];
