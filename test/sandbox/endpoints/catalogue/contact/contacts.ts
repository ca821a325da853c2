/** Mail contacts (Exchange Online through New-ExoRequest): Invoke-ListContacts, -AddContact, -EditContact, -RemoveContact. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { exoTenant, notFound } from './exchange';

export interface MailContact {
	Guid: string;
	Name: string;
	DisplayName: string;
	FirstName: string;
	LastName: string;
	ExternalEmailAddress: string;
	WindowsEmailAddress: string;
	Title: string;
	Company: string;
	Department: string;
	StreetAddress: string;
	City: string;
	StateOrProvince: string;
	PostalCode: string;
	CountryOrRegion: string;
	Phone: string | null;
	MobilePhone: string | null;
	WebPage: string;
	Notes: string;
	HiddenFromAddressListsEnabled: boolean;
	MailTip: string | null;
	IsDirSynced: boolean;
}

function blankContact(tenant: SandboxTenant, name: string, email: string): MailContact {
	return {
		Guid: stableGuid(`${tenant.customerId}/contact/${email.toLowerCase()}`),
		Name: name,
		DisplayName: name,
		FirstName: '',
		LastName: '',
		ExternalEmailAddress: `SMTP:${email}`,
		WindowsEmailAddress: email,
		Title: '',
		Company: '',
		Department: '',
		StreetAddress: '',
		City: '',
		StateOrProvince: '',
		PostalCode: '',
		CountryOrRegion: '',
		Phone: null,
		MobilePhone: null,
		WebPage: '',
		Notes: '',
		HiddenFromAddressListsEnabled: false,
		MailTip: null,
		IsDirSynced: false,
	};
}

const contacts = perSandbox((state: SandboxState) => {
	const byTenant = new Map<string, MailContact[]>();
	for (const tenant of state.tenants.filter((candidate) => !candidate.isPartner)) {
		const accountant = blankContact(tenant, 'Alex Wilber (Accountant)', 'alex@wilber-cpa.com');
		Object.assign(accountant, {
			FirstName: 'Alex',
			LastName: 'Wilber',
			Company: 'Wilber CPA',
			Title: 'Accountant',
			City: 'Seattle',
			Phone: '+1 425 555 0142',
		});
		const support = blankContact(tenant, 'Printer Support', 'support@printco.example');
		Object.assign(support, { Company: 'PrintCo', MailTip: '<html><body>Vendor support desk</body></html>' });
		byTenant.set(tenant.customerId, [accountant, support]);
	}
	return byTenant;
});

export function tenantContacts(state: SandboxState, tenant: SandboxTenant): MailContact[] {
	const byTenant = contacts(state);
	if (!byTenant.has(tenant.customerId)) byTenant.set(tenant.customerId, []);
	return byTenant.get(tenant.customerId) as MailContact[];
}

function findContact(list: MailContact[], identity: string): MailContact {
	const wanted = identity.trim().toLowerCase();
	const found = list.find(
		(contact) => contact.Guid === wanted || contact.Name.toLowerCase() === wanted || contact.WindowsEmailAddress.toLowerCase() === wanted,
	);
	if (!found) throw notFound(identity);
	return found;
}

const blank = (value: unknown) => psString(value).trim() === '';

/** New-MailContact: the name and the address must be free in the tenant. */
export function newMailContact(list: MailContact[], tenant: SandboxTenant, name: string, email: string): MailContact {
	if (!email) throw new GraphError("Cannot bind argument to parameter 'ExternalEmailAddress' because it is an empty string.");
	if (list.some((contact) => contact.Name.toLowerCase() === name.toLowerCase())) {
		throw new GraphError(`The name "${name}" is already being used. Please try another name.`);
	}
	if (list.some((contact) => contact.WindowsEmailAddress.toLowerCase() === email.toLowerCase())) {
		throw new GraphError(
			`The proxy address "SMTP:${email}" is already being used by the proxy addresses or LegacyExchangeDN. Please choose another proxy address.`,
		);
	}
	const contact = blankContact(tenant, name, email);
	list.push(contact);
	return contact;
}

/** Set-Contact with CIPP's map of fields: each given only when not empty. */
export function setContact(contact: MailContact, fields: Record<string, unknown>): void {
	for (const [property, value] of Object.entries(fields)) {
		if (!blank(value)) Object.assign(contact, { [property]: psString(value) });
	}
}

function mailTip(contact: MailContact): string | null {
	return contact.MailTip ? contact.MailTip.replace(/<[^>]+>/g, '').trim() : null;
}

/** Invoke-ListContacts: all contacts (Get-Contact), or one in the Graph-like shape with `id`. */
const ListContacts: Endpoint = {
	name: 'ListContacts',
	role: 'Exchange.Contact.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		if (!tenantFilter) return { status: 400, body: 'tenantFilter is required' };
		try {
			const list = tenantContacts(ctx.state, exoTenant(ctx.state, tenantFilter));
			const id = ctx.fromQuery('id');
			if (id && id.trim() !== '') {
				const contact = findContact(list, id);
				return {
					status: 200,
					body: {
						id: contact.Name,
						displayName: contact.DisplayName,
						givenName: contact.FirstName,
						surname: contact.LastName,
						mail: contact.ExternalEmailAddress.replace(/^SMTP:/i, ''),
						companyName: contact.Company,
						jobTitle: contact.Title,
						website: contact.WebPage,
						notes: contact.Notes,
						hidefromGAL: contact.HiddenFromAddressListsEnabled,
						mailTip: mailTip(contact),
						onPremisesSyncEnabled: contact.IsDirSynced,
						addresses: [
							{
								street: contact.StreetAddress,
								city: contact.City,
								state: contact.StateOrProvince,
								countryOrRegion: contact.CountryOrRegion,
								postalCode: contact.PostalCode,
							},
						],
						phones: [
							...(contact.Phone ? [{ type: 'business', number: contact.Phone }] : []),
							...(contact.MobilePhone ? [{ type: 'mobile', number: contact.MobilePhone }] : []),
						],
					},
				};
			}
			return {
				status: 200,
				body: list.map((contact) => ({
					City: contact.City,
					Company: contact.Company,
					Department: contact.Department,
					DisplayName: contact.DisplayName,
					FirstName: contact.FirstName,
					LastName: contact.LastName,
					IsDirSynced: contact.IsDirSynced,
					Guid: contact.Guid,
					WindowsEmailAddress: contact.WindowsEmailAddress,
					graphId: stableGuid(`graph/${contact.Guid}`),
				})),
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: normalizeGraphError(error.message) };
		}
	},
};

/** Invoke-AddContact: New-MailContact, then Set-Contact and Set-MailContact with what was given. */
const AddContact: Endpoint = {
	name: 'AddContact',
	role: 'Exchange.Contact.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromBody('displayName'));
		const email = psString(ctx.fromBody('email'));
		try {
			const tenant = exoTenant(ctx.state, ctx.fromBody('tenantid'));
			const contact = newMailContact(tenantContacts(ctx.state, tenant), tenant, name, email);
			contact.FirstName = psString(ctx.fromBody('firstName'));
			contact.LastName = psString(ctx.fromBody('lastName'));
			setContact(contact, {
				Title: ctx.fromBody('Title'),
				Company: ctx.fromBody('Company'),
				StreetAddress: ctx.fromBody('StreetAddress'),
				City: ctx.fromBody('City'),
				StateOrProvince: ctx.fromBody('State'),
				PostalCode: ctx.fromBody('PostalCode'),
				CountryOrRegion: ctx.fromBody('CountryOrRegion'),
				Phone: ctx.fromBody('phone'),
				MobilePhone: ctx.fromBody('mobilePhone'),
				WebPage: ctx.fromBody('website'),
			});
			// Only hiding is applied: a false hidefromGAL is not sent to Set-MailContact.
			if (ctx.fromBody('hidefromGAL') === true) contact.HiddenFromAddressListsEnabled = true;
			if (!blank(ctx.fromBody('mailTip'))) contact.MailTip = psString(ctx.fromBody('mailTip'));
			return { status: 200, body: { Results: `Successfully created contact ${name} with email address ${email}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to create contact. ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Invoke-EditContact: only non-empty fields change; phone and mobilePhone present but empty are cleared. */
const EditContact: Endpoint = {
	name: 'EditContact',
	role: 'Exchange.Contact.ReadWrite',
	handle(ctx) {
		try {
			const tenant = exoTenant(ctx.state, ctx.fromBody('tenantID'));
			const contact = findContact(tenantContacts(ctx.state, tenant), psString(ctx.fromBody('ContactID')));
			setContact(contact, {
				DisplayName: ctx.fromBody('displayName'),
				WindowsEmailAddress: ctx.fromBody('email'),
				FirstName: ctx.fromBody('firstName'),
				LastName: ctx.fromBody('LastName'),
				Title: ctx.fromBody('Title'),
				StreetAddress: ctx.fromBody('StreetAddress'),
				PostalCode: ctx.fromBody('PostalCode'),
				City: ctx.fromBody('City'),
				StateOrProvince: ctx.fromBody('State'),
				CountryOrRegion: ctx.fromBody('CountryOrRegion'),
				Company: ctx.fromBody('Company'),
				WebPage: ctx.fromBody('website'),
			});
			const body = (ctx.body ?? {}) as Record<string, unknown>;
			if ('mobilePhone' in body) contact.MobilePhone = blank(body.mobilePhone) ? null : psString(body.mobilePhone);
			if ('phone' in body) contact.Phone = blank(body.phone) ? null : psString(body.phone);
			if (!blank(ctx.fromBody('email'))) contact.ExternalEmailAddress = `SMTP:${psString(ctx.fromBody('email'))}`;
			const hide = ctx.fromBody('hidefromGAL');
			if (hide !== undefined && hide !== null) contact.HiddenFromAddressListsEnabled = Boolean(hide);
			if (!blank(ctx.fromBody('mailTip'))) contact.MailTip = psString(ctx.fromBody('mailTip'));
			return { status: 200, body: { Results: `Successfully edited contact ${psString(ctx.fromBody('displayName'))}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to edit contact. ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Invoke-RemoveContact: Remove-MailContact; the answer names `Mail`, which is read for nothing else. */
const RemoveContact: Endpoint = {
	name: 'RemoveContact',
	role: 'Exchange.Contact.ReadWrite',
	handle(ctx) {
		const guid = psString(ctx.fromQueryOrBody('GUID'));
		try {
			const tenant = exoTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			const list = tenantContacts(ctx.state, tenant);
			list.splice(list.indexOf(findContact(list, guid)), 1);
			return { status: 200, body: { Results: `Deleted ${psString(ctx.fromQueryOrBody('Mail'))}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: { Results: `Failed to delete contact ${guid}. ${normalizeGraphError(error.message)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [ListContacts, AddContact, EditContact, RemoveContact];
