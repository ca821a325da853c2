import type { AuditRecord } from './types';

/**
 * Contact (Exchange mail contacts and CIPP's contact templates), read against CIPP-API
 * (/work/cipp-api, paths relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`).
 * Node files: nodes/Cipp/actions/contact/.
 */
const DIR = 'Email-Exchange/Administration/Contacts';

export const audit: Record<string, AuditRecord> = {
	'contact:getMany': {
		source: `${DIR}/Invoke-ListContacts.ps1`,
		reads: 'Query tenantFilter (:17; missing: HTTP 400 "tenantFilter is required", :21-26), id (:18; empty for the list).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 500 with the normalized error text as the whole body (:133-137).',
		async: 'none',
		refusals: [],
		output:
			'A bare array of Get-Contact rows (MailContact only) with City, Company, Department, DisplayName, FirstName, LastName, IsDirSynced, Guid, WindowsEmailAddress, plus graphId where Graph has a contact with that mail (:111-123); records gives one item each. AllTenants is not handled (the tenant goes to New-EXORequest as is), so it is not offered.',
		verdict: 'ok',
	},
	'contact:get': {
		source: `${DIR}/Invoke-ListContacts.ps1`,
		reads: 'Query tenantFilter (:17), id (:18): Get-Contact and Get-MailContact -Identity id (:93-99); the picker sends the Guid.',
		clears: 'none',
		failure:
			'Unknown contact: Exchange throws (or "Contact not found or insufficient permissions", :101-103): HTTP 500 with the text (:133-137).',
		async: 'none',
		refusals: [],
		output:
			'One object {id, displayName, givenName, surname, mail (SMTP: stripped), companyName, jobTitle, website, notes, hidefromGAL, mailTip (HTML stripped), onPremisesSyncEnabled, addresses[1], phones[]} (:64-85); singleRecord gives it as one item.',
		verdict: 'ok',
	},
	'contact:create': {
		source: `${DIR}/Invoke-AddContact.ps1`,
		reads:
			'Body tenantid (:16, lower-case id), displayName (name and display name, :21-22), email (ExternalEmailAddress), firstName, lastName (:23-25); Title, Company, StreetAddress, City, State, PostalCode, CountryOrRegion, phone, mobilePhone, website (only non-blank ones go to Set-Contact, :37-61); hidefromGAL (only true is applied, :70-73), mailTip (:76-79).',
		clears: 'none (a new contact).',
		failure:
			'Any Exchange failure (name or address in use, bad address): HTTP 500 "Failed to create contact. <error>" (:91-96). A failure of the follow-up Set-Contact also lands there although the contact was created.',
		async: 'none (two 500 ms pauses before the follow-up cmdlets).',
		refusals: [],
		verdict: 'ok',
	},
	'contact:update': {
		source: `${DIR}/Invoke-EditContact.ps1`,
		reads:
			'Body tenantID (:15), ContactID (:23), displayName, email (WindowsEmailAddress and, after it, ExternalEmailAddress, :33, :73-75), firstName, LastName (capital L, unlike AddContact), Title, StreetAddress, PostalCode, City, State, CountryOrRegion, Company, website (:31-44), phone and mobilePhone (:53-59), hidefromGAL (:78-80), mailTip (:83-85).',
		clears:
			'Nothing that is left out: blank values are skipped (:47-51). Only phone and mobilePhone are cleared when present but empty (:54-59); the node never sends an empty field (empty Additional Fields are left out), so it never clears them. hidefromGAL is applied whenever sent, false included.',
		failure: 'Exchange failure (unknown contact, bad address): HTTP 500 "Failed to edit contact. <error>" (:96-101).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'With no field CIPP runs no cmdlet and still answers "Successfully edited contact " (:62, :88, :92): the node refuses an update without fields before sending. The description says an empty field is left as it is.',
	},
	'contact:delete': {
		source: `${DIR}/Invoke-RemoveContact.ps1`,
		reads:
			'Query or body tenantFilter (:12), GUID (Remove-MailContact -Identity, :16, :20-23), Mail (only for the answer "Deleted <Mail>", :17, :25).',
		clears: 'none',
		failure: 'Exchange failure (unknown contact): HTTP 400 "Failed to delete contact <GUID>. <error>" (:27-31).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP names the deleted contact only by Mail, which the picker does not give: the node sends the contact Guid as Mail too, so the answer is "Deleted <Guid>" rather than "Deleted ".',
	},
	'contact:getManyTemplates': {
		source: `${DIR}/Invoke-ListContactTemplates.ps1`,
		reads: 'Query ID or id (:28-29), matched against the RowKey.',
		clears: 'none',
		failure: 'An unknown ID: HTTP 404 {Error: "Template with ID <id> not found"} (:42-48).',
		async: 'none (it first copies any Config/*.ContactTemplate.json into the table, :16-25).',
		refusals: [],
		output: "A bare array of the templates' JSON with GUID added (:55-65); records gives one item each.",
		verdict: 'ok',
	},
	'contact:createTemplate': {
		source: `${DIR}/Invoke-AddContactTemplates.ps1`,
		reads:
			"Body displayName (the template name, :23), and each of displayName, firstName, lastName, email, hidefromGAL, streetAddress, postalCode, city, state, country, companyName, mobilePhone, businessPhone, jobTitle, website, mailTip that is not $null, copied by name (:27-37; declared in beyondSpec). Deploy reads the same names (jobTitle, companyName, country, businessPhone differ from AddContact's).",
		clears: 'none (a new row with a new GUID, :17, :43-49).',
		failure:
			'A table failure: HTTP 403 "Failed to create Contact template: <error>" (:54-58). Nothing is required: the node requires Display Name and Email, without which Deploy cannot create the contact.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'contact:updateTemplate': {
		source: `${DIR}/Invoke-EditContactTemplates.ps1`,
		reads:
			'Body ContactTemplateID (:17; missing: throw, :19-21; as a GUID in the filter, :25), displayName (the name, :39) and the same kept fields as AddContactTemplates, copied when not $null (:43-53; declared in beyondSpec).',
		clears:
			'Everything not sent: the row is overwritten with a JSON built from this request only (:56-65), so a field left out is gone. The node reads the template (ListContactTemplates?ID=) first and sends back each kept field the user did not change (and the name as displayName when the template has none).',
		failure:
			'No ContactTemplateID, a value that is not a GUID, or an unknown template: HTTP 403 "Failed to update Contact template: <error>" (:29-31, :71-75). An unknown ID already fails the read first (HTTP 404 "Template with ID <id> not found").',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP replaces the whole template; the node reads it first and merges, so only the fields the user adds change. An update without fields is refused before sending (CIPP would rewrite the template unchanged).',
	},
	'contact:deleteTemplate': {
		source: `${DIR}/Invoke-RemoveContactTemplates.ps1`,
		reads: 'Query or body ID (:14), as a GUID in the table filter (:18).',
		clears: 'none',
		failure:
			'Not a GUID, or no such template (Remove-CIPPAzDataTableEntity of $null): HTTP 403 "Failed to remove Contact template with ID <id>. Error: ..." (:25-30).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'contact:deployTemplate': {
		source: `${DIR}/Invoke-DeployContactTemplates.ps1`,
		reads:
			'Body selectedTenants[].value (:23-29; AllTenants expands to every tenant, :32-38), TemplateList[].value (:43-51), which CIPP reads as the whole template (its .email, .displayName, .firstName, .jobTitle, .companyName, .businessPhone, ... :64-147), not as an ID: the node reads the template with ListContactTemplates?ID= first and sends it as the value.',
		clears: 'none (a new contact).',
		failure:
			'No TemplateList: HTTP 500 "Failed to process contact template deployment request. Error: ..." (:52-54, :170-175). Per tenant and template, HTTP 200 with "Failed to deploy contact \'<name>\' to tenant <t>. Error: ..." (:157-164), and "Contact \'<name>\' with email \'<e>\' already exists in tenant <t>" (no state, :76-80) when the address is taken: nothing is created.',
		async: 'none',
		refusals: ['already exists in tenant'],
		verdict: 'settled',
		note: 'CIPP expects the whole template as each TemplateList value; the node reads it by ID first. An existing contact with the same address is skipped with an HTTP-200 message, which fails the item.',
	},
};
