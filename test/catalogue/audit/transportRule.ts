import type { AuditRecord } from './types';

/**
 * Transport Rule, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/transportRule/.
 */
const T = 'Email-Exchange/Transport/';

const templateList = (file: string, idNote: string): AuditRecord => ({
	source: `${T}${file}`,
	reads: `Query ID (optional; the node does not send it). ${idNote}`,
	clears: 'none',
	failure: 'none: a table read; no try, an unexpected failure is an unhandled HTTP 500.',
	async: 'none',
	refusals: [],
	output: 'Bare array of the templates: each template JSON with GUID (the row key) added. records() gives one item per template.',
	verdict: 'ok',
});

export const audit: Record<string, AuditRecord> = {
	'transportRule:getMany': {
		source: `${T}Invoke-ListTransportRules.ps1`,
		reads: 'Query tenantFilter (:13), id (:14; not sent by Get Many, used by Update to read one rule).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error text as the whole body (:76-80).',
		async:
			'AllTenants: served from table CacheTransportRules (rows younger than 60 minutes, :28-31); when empty CIPP starts TransportRuleOrchestrator and answers Metadata.QueueMessage "Loading transport rules for all tenants..." (:40-60); while it runs "Still loading..." (:35-39).',
		refusals: [],
		output:
			'{Results: [...], Metadata} (:83-88). cachedRecords unwraps Results and turns an empty Results with Metadata.QueueMessage into one "loading" item.',
		verdict: 'ok',
	},
	'transportRule:create': {
		source: `${T}Invoke-AddEditTransportRule.ps1`,
		reads:
			'Body tenantFilter (:17; missing: HTTP 400 "TenantFilter is required"), Name, Priority, Comments, Mode (.value or text), SetAuditSeverity, State ("Enabled"/"Disabled" to a boolean, :227-241), StopRuleProcessing, ActivationDate, ExpiryDate, conditions, exceptions and actions (:28-155). Address lists through ConvertTo-FieldArray (.value, :158-205): the node sends {value,label} lists; word and IP lists through ConvertTo-TextFieldArray (arrays or comma text, :208-225): the node sends lists. Without ruleId it runs New-TransportRule (:646-654).',
		clears: 'none: only given, non-empty fields become parameters (:320-636).',
		failure:
			'Exchange failure (a duplicate name, a bad address): HTTP 500 "Failed to configure transport rule \'<name>\'. Error: ..." (:680-685).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'CIPP drops SetHeaderName without SetHeaderValue (:494) and the disclaimer location and fallback without the disclaimer text (:503-513) without a word: the node refuses such pairs before sending. Prepend Subject is sent as JSON text so its trailing space survives trimming.',
	},
	'transportRule:update': {
		source: `${T}Invoke-AddEditTransportRule.ps1`,
		reads:
			'As Create, plus Body ruleId (:28): Set-TransportRule with Identity, Name and the given fields (:655-676), then Enable- or Disable-TransportRule from State ?? Enabled (:35, :326, :664-668). A body Enabled switches state only (:669-672); the node never sends it.',
		clears:
			"State: without State CIPP runs Disable-TransportRule (:326), turning the rule off; Name is always passed (:319), so a missing Name would be sent as null. Lists given replace the rule's lists; empty lists are skipped, so a condition cannot be cleared here.",
		failure: 'Unknown ruleId or an Exchange failure: HTTP 500 "Failed to configure transport rule \'<name>\'. Error: ..." (:680-685).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The node reads the rule first (ListTransportRules?id=, HTTP 403 when it does not exist) and sends its current Name and State unless State is given, so an update never disables or renames the rule by accident.',
	},
	'transportRule:setState': {
		source: `${T}Invoke-EditTransportRule.ps1`,
		reads:
			'Query or body tenantFilter (:15), guid (:16, any identity), state (:17): "enable" runs Enable-TransportRule, anything else Disable-TransportRule (:24).',
		clears: 'none',
		failure: 'Exchange failure (unknown rule): HTTP 403 with the normalized error as Results (:29-33).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'transportRule:delete': {
		source: `${T}Invoke-RemoveTransportRule.ps1`,
		reads: 'Query or body tenantFilter (:15), guid (:16, any identity).',
		clears: 'none',
		failure: 'Exchange failure (unknown rule): HTTP 403 with the normalized error as Results (:28-32).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'transportRule:deploy': {
		source: `${T}Invoke-AddTransportRule.ps1`,
		reads:
			'Body PowerShellCommand (JSON text; GUID, HasSenderOverride and the data-classification fields dropped, null values removed, :15-18), selectedTenants[].value (:20). For each tenant, a rule whose Identity equals the JSON name is updated with Set-TransportRule, else New-TransportRule creates it (:31-42).',
		clears: "none beyond the cmdlet's own: only the JSON's parameters are passed.",
		failure:
			'Per tenant, HTTP 200 "Could not create transport rule for <tenant>: ..." (:46-47), no state: a refusal. Invalid JSON throws before the try: unhandled HTTP 500. An API client limited to some tenants has tenants outside them (or given by ID) dropped silently (:22-28): empty Results.',
		async: 'none',
		refusals: ['^Could not create transport rule for'],
		verdict: 'settled',
		note: 'The node sends one tenant by default domain (IDs are dropped for limited clients), requires "name" in the JSON, and fails the item when CIPP answers no result at all (the tenant was skipped).',
	},
	'transportRule:getManyTemplates': templateList(
		'Invoke-ListTransportRulesTemplates.ps1',
		'noJson (the picker sends true for name and GUID only). CIPP first copies its Config\\*.TransportRuleTemplate.json files into the table keyed by file name (:14-22), so those templates have a file name as GUID.',
	),
	'transportRule:createTemplate': {
		source: `${T}Invoke-AddTransportTemplate.ps1`,
		reads:
			'Body PowerShellCommand (JSON text, :18-21), else a fixed list of New-TransportRule fields from the body (:22); body name for the message (:37). name and comments are put first in the stored JSON (:29).',
		clears: 'none',
		failure: 'Invalid JSON or a table failure: HTTP 403 "Failed to create Transport Rule Template: ..." (:39-44).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'The node puts the Name field into the JSON as "name" (removing any other casing, which would clash in PowerShell) so the stored template carries the name it is listed by.',
	},
	'transportRule:deleteTemplate': {
		source: `${T}Invoke-RemoveTransportRuleTemplate.ps1`,
		reads: "Query or body ID (:15), as text (file-name IDs of CIPP's own templates too, :18).",
		clears: 'none',
		failure: 'A missing template (null entity): HTTP 403 "Failed to remove Transport Rule template with ID <id>. Error: ..." (:25-30).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'transportRule:getManyConnectors': {
		source: `${T}Invoke-ListExchangeConnectors.ps1`,
		reads: 'Query tenantFilter (:13).',
		clears: 'none',
		failure: 'Exchange failure: HTTP 403 with the normalized error as the (one-entry) body (:18-22).',
		async: 'none',
		refusals: [],
		output:
			'Bare array: Get-OutboundConnector rows with cippconnectortype "outbound", then Get-InboundConnector rows with "Inbound" (:15-16). records() fits.',
		verdict: 'ok',
	},
	'transportRule:createConnector': {
		source: `${T}Invoke-AddExConnector.ps1`,
		reads:
			'Body PowerShellCommand (JSON text): cippConnectorType picks New-InboundConnector or New-OutboundConnector (:16, :31); GUID, cippConnectorType and SenderRewritingEnabled dropped (:17); a missing comment becomes "no comment" (:18). selectedTenants[].value (:19); limited API clients keep only allowed default domains (:21-27).',
		clears: 'none',
		failure:
			'Per tenant, HTTP 200 "Could not create Connector for <tenant>: ..." (:35-36), no state: a refusal. Invalid JSON: unhandled HTTP 500.',
		async: 'none',
		refusals: ['^Could not create Connector for'],
		verdict: 'settled',
		note: 'The node requires "name" and "cippConnectorType" in the JSON (without the type CIPP runs "New-Connector" and fails). CIPP replaces variables in the comment with an undefined tenant ($Tenant, :18), so %tenantfilter%-style variables there are not filled in.',
	},
	'transportRule:setConnectorState': {
		source: `${T}Invoke-EditExConnector.ps1`,
		reads:
			'Query or body tenantFilter (:14), State ("Enable" enables, anything else disables, :16-17), GUID (:18), Type (Inbound/Outbound, runs Set-<Type>Connector, :19-24).',
		clears: 'none',
		failure: 'Exchange failure (unknown connector, wrong Type): HTTP 403 with the normalized error as Results (:28-33).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'transportRule:deleteConnector': {
		source: `${T}Invoke-RemoveExConnector.ps1`,
		reads: 'Query or body tenantFilter (:13), Type (:17, Remove-<Type>Connector), GUID (:18).',
		clears: 'none',
		failure: 'Exchange failure (unknown connector, wrong Type): HTTP 403 with the normalized error as Results (:26-30).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'transportRule:getManyConnectorTemplates': {
		...templateList('Invoke-ListExConnectorTemplates.ps1', 'Each template gets its stored direction as cippconnectortype (:25-29).'),
		reads: 'Query ID (optional, checked as a GUID, :18-20; the node does not send it).',
	},
	'transportRule:createConnectorTemplate': {
		source: `${T}Invoke-AddExConnectorTemplate.ps1`,
		reads:
			'Body cippconnectortype ("outbound", else inbound, :19) picks which body fields are kept (:20-28); body name; no PowerShellCommand path, so the node spreads the Settings JSON over the body.',
		clears: 'none',
		failure: 'HTTP 500 "Failed to create Connector Template: ..." (:45-50).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: "Fields outside the direction's list are dropped silently, and the inbound list spells 'Enabled ' with a trailing space (:26), so an inbound template never keeps Enabled; the Settings help says CIPP keeps only that cmdlet's parameters.",
	},
	'transportRule:deleteConnectorTemplate': {
		source: `${T}Invoke-RemoveExConnectorTemplate.ps1`,
		reads: 'Query or body ID (:15), checked as a GUID (:18).',
		clears: 'none',
		failure: 'A bad GUID or a missing template: HTTP 500 "Failed to remove Exchange Connector Template <id>: ..." (:25-30).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
};
