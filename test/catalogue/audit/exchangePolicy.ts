import type { AuditRecord } from './types';

/**
 * Exchange Policy, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/exchangePolicy/.
 */
const S = 'Email-Exchange/Spamfilter/';

const exoList = (file: string, reads: string, output: string): AuditRecord => ({
	source: `${S}${file}`,
	reads,
	clears: 'none',
	failure: 'Exchange failure: HTTP 403 with the normalized error as the (one-entry) body.',
	async: 'none',
	refusals: [],
	output,
	verdict: 'ok',
});

const templateList = (file: string): AuditRecord => ({
	source: file,
	reads: 'Query ID (optional; the node does not send it).',
	clears: 'none',
	failure: 'none: a table read; an unexpected failure is an unhandled HTTP 500.',
	async: 'none',
	refusals: [],
	output: 'Bare array of the stored template JSON objects, each with GUID (the row key) added. records() gives one item per template.',
	verdict: 'ok',
});

const templateCreate = (file: string, words: string): AuditRecord => ({
	source: file,
	reads: `Body PowerShellCommand (JSON text, ConvertFrom-Json), else a fixed list of cmdlet fields from the body; body name for the message. name and comments are put first in the stored JSON. ${words}`,
	clears: 'none',
	failure: 'Invalid JSON or a table failure: an error status with "Failed to create ... Template: ...".',
	async: 'none',
	refusals: [],
	verdict: 'ok',
	note: 'The node sends the settings as PowerShellCommand with the Name field as "name" (other casings removed: PowerShell would see two properties of one name).',
});

const templateDelete = (file: string, words: string): AuditRecord => ({
	source: file,
	reads: 'Body ID, checked as a GUID (ConvertTo-CIPPODataFilterValue -Type Guid).',
	clears: 'none',
	failure: `A bad GUID or a missing template (null entity): ${words}`,
	async: 'none',
	refusals: [],
	verdict: 'ok',
});

const ruleState = (file: string, words: string): AuditRecord => ({
	source: `${S}${file}`,
	reads:
		'Query or body tenantFilter (:16), RuleName (:17, the rule, not the policy), State (:18): "Enable" or "Disable", anything else throws "Invalid state" (:29-37).',
	clears: 'none',
	failure: `Unknown rule, a bad State or an Exchange failure: HTTP 500 "Failed setting ${words} rule <name> to <state>. Error: ..." (:45-50).`,
	async: 'none',
	refusals: [],
	verdict: 'ok',
});

export const audit: Record<string, AuditRecord> = {
	'exchangePolicy:getManyAllowBlockEntries': {
		source: `${S}Invoke-ListTenantAllowBlockList.ps1`,
		reads:
			'Query tenantFilter (:13), UseReportDB (-eq $true, so "true" in any case, :15). With UseReportDB or AllTenants: Get-CIPPTenantAllowBlockListReport (:18-31); else live, every list type in one batched request (Get-CIPPTenantAllowBlockListItems), each entry stamped with Tenant (:33-40).',
		clears: 'none',
		failure:
			'Live Exchange failure: HTTP 403 with the normalized error (:42-45). Report failure: HTTP 500 with the text (:23-26). A list type Exchange refuses for the tenant is skipped with a logbook warning only (Get-CIPPTenantAllowBlockListItems).',
		async: 'AllTenants is only served from the report database (nightly cache); there is no live AllTenants path (:17).',
		refusals: [],
		output: 'Bare array of entries {Identity, Value, Action, ListType, Notes, ExpirationDate, ..., Tenant}. records() fits.',
		verdict: 'ok',
	},
	'exchangePolicy:addAllowBlockEntries': {
		source: `${S}Invoke-AddTenantAllowBlockList.ps1`,
		reads:
			'Body tenantID (.value ?? text; "AllTenants" means every tenant, :15-21), entries (array as is, text split on , and ;, :24-28), listType, notes (cast to text), listMethod (becomes the -Allow or -Block switch), NoExpiration (only true counts), else RemoveAfter true gives RemoveAfter 45 (:31-45).',
		clears: 'none',
		failure:
			'Per tenant, HTTP 200 "Failed to create blocklist. Error: ..." (:54-57): the generic failure check catches it. The answer also carries the last Exchange request as Request (:62-66).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'The node sends the tenant as {value, label}, never AllTenants, and the entries as a list.',
	},
	'exchangePolicy:removeAllowBlockEntries': {
		source: `${S}Invoke-RemoveTenantAllowBlockList.ps1`,
		reads:
			'Body tenantFilter (:16), Entries (wrapped with @(), so a comma text would be one entry: the node sends a list, :17, :23), ListType (:18).',
		clears: 'none',
		failure: 'Exchange failure (an entry not in the list): HTTP 403 "Failed to remove <entries> type <type>. Error: ..." (:38-43).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'exchangePolicy:getManySpamFilters': exoList(
		'Invoke-ListSpamfilter.ps1',
		'Query tenantfilter (:13).',
		'Bare array of Get-HostedContentFilterPolicy rows with ruleState and rulePrio from the rule of the same name (:16-17). records() fits.',
	),
	'exchangePolicy:createSpamFilter': {
		source: `${S}Invoke-AddSpamFilter.ps1`,
		reads:
			'Body PowerShellCommand (JSON text; GUID and comments dropped, :16), Priority (:17), selectedTenants[].value (:19). For each tenant New-HostedContentFilterPolicy, then New-HostedContentFilterRule of the same name for every accepted domain, Enabled, with Priority (:22-31).',
		clears: 'none',
		failure:
			'Per tenant, HTTP 200 "Could not create spamfilter rule for <tenant>: ..." (:34-36), no state: a refusal. When the rule fails after the policy was made, the policy stays without a rule. Invalid JSON: unhandled HTTP 500.',
		async: 'none',
		refusals: ['^Could not create spamfilter rule for'],
		verdict: 'settled',
		note: 'The node requires "name" in the JSON and a Priority, sends one tenant by default domain, and fails the item on an empty answer.',
	},
	'exchangePolicy:setSpamFilterState': {
		source: `${S}Invoke-EditSpamFilter.ps1`,
		reads:
			'Query tenantFilter only (:12; a body tenantFilter is ignored and Exchange would be asked for the partner tenant), query or body name (:13), body state only (:14): "enable" runs Enable-HostedContentFilterRule, anything else Disable- (:19).',
		clears: 'none',
		failure: 'Unknown rule: HTTP 403 "Failed setting Spamfilter rule <name> to <state>. Error: ..." (:25-30).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'The node sends tenantFilter in the query and name and state in the body, as CIPP reads them.',
	},
	'exchangePolicy:deleteSpamFilter': {
		source: `${S}Invoke-RemoveSpamfilter.ps1`,
		reads:
			'Query tenantFilter only (:14), query or body name (:15): Remove-HostedContentFilterRule, then Remove-HostedContentFilterPolicy, both by that name (:19-24).',
		clears: 'none',
		failure:
			'HTTP 403 "Failed to delete Spam filter rule <name> - ..." (:29-34). A policy without a rule of its name (e.g. Default) fails on the rule and is kept.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The description says that a policy without a rule of its own name cannot be deleted here.',
	},
	'exchangePolicy:getManyQuarantinePolicies': {
		source: `${S}Invoke-ListQuarantinePolicy.ps1`,
		reads: 'Query or body TenantFilter (:13), query Type (QuarantinePolicy by default, or GlobalQuarantinePolicy, :14).',
		clears: 'none',
		failure: 'No try: an Exchange failure is an unhandled HTTP 500 with the exception text.',
		async: 'none',
		refusals: [],
		output:
			'Bare array of Get-QuarantinePolicy rows; for QuarantinePolicy each permission of EndUserQuarantinePermissions as its own field (ViewHeader, Download, AllowSender, BlockSender, RequestRelease, Release, Preview, Delete), QuarantineNotification, ReleaseActionPreference and Builtin (:16-30). records() fits.',
		verdict: 'ok',
	},
	'exchangePolicy:createQuarantinePolicy': {
		source: `${S}Invoke-AddQuarantinePolicy.ps1`,
		reads:
			'Body selectedTenants[].value ("AllTenants" among them means every tenant, :15-20), Name, ReleaseActionPreference (.value ?? text; Release or RequestRelease, else neither, :24-31), BlockSender, Delete, Preview, AllowSender, QuarantineNotification, IncludeMessagesFromBlockedSenderAddress (:27-39), passed to Set-CIPPQuarantinePolicy -action New.',
		clears: 'View Header and Download are never sent, so they are off (Convert-QuarantinePermissionsValue defaults).',
		failure:
			"Per tenant, HTTP 200 \"Failed to create Quarantine policy '<name>' for tenant '<tenant>' - ...\" (:51-55): the generic failure check catches it. A missing boolean fails PowerShell's [bool] parameter binding the same way.",
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The node sends every boolean, false unless added, so a permission not added is off instead of failing the call.',
	},
	'exchangePolicy:updateQuarantinePolicy': {
		source: `${S}Invoke-EditQuarantinePolicy.ps1`,
		reads:
			'Query or body TenantFilter (:15); query Type (the node never sends GlobalQuarantinePolicy, :17); body Identity, Name (message only), ReleaseActionPreference, BlockSender, Delete, Preview, AllowSender, QuarantineNotification, IncludeMessagesFromBlockedSenderAddress, Action (default Set) (:38-55), passed to Set-QuarantinePolicy.',
		clears:
			'Every permission is set from the body: one not sent is turned off (or fails [bool] binding); View Header and Download are always turned off.',
		failure: 'HTTP 403 "Failed to update Quarantine policy \'<name>\' - ..." (:60-63).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The node reads the policy first (ListQuarantinePolicy), fails when it is not there, and sends its current permissions, notification and release setting for every field not added; the description says View Header and Download are turned off.',
	},
	'exchangePolicy:deleteQuarantinePolicy': {
		source: `${S}Invoke-RemoveQuarantinePolicy.ps1`,
		reads: 'Query or body TenantFilter (:14), Name (:15), Identity (:16; the built-in zero GUID is replaced by Name, :19-21).',
		clears: 'none',
		failure:
			'Any failure answers HTTP 200 (the status is set to OK after the catch, :35) with "Failed to remove Quarantine policy \'<name>\' - ..." (:30): the generic failure check catches it.',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'The node sends the picked name as Identity and Name.',
	},
	'exchangePolicy:getQuarantineMessage': {
		source: `${S}Invoke-ListMailQuarantineMessage.ps1`,
		reads: 'Query tenantFilter (:13), Identity (:14): Export-QuarantineMessage, the EML decoded from base64 (:17-19).',
		clears: 'none',
		failure: 'Exchange failure (unknown identity): HTTP 403 with the normalized error as the body (:25-29).',
		async: 'none',
		refusals: [],
		output: '{Identity, Message} (:20-23). singleRecord gives the one item.',
		verdict: 'ok',
	},
	'exchangePolicy:getManyConnectionFilters': exoList(
		'Invoke-ListConnectionFilter.ps1',
		'Query tenantFilter (:13).',
		'Bare array of Get-HostedConnectionFilterPolicy rows (:15). records() fits.',
	),
	'exchangePolicy:updateConnectionFilter': {
		source: 'Email-Exchange/Transport/Invoke-AddConnectionFilter.ps1',
		reads:
			'Body PowerShellCommand (JSON text; its name becomes identity, GUID, comments and name dropped, :16-19), selectedTenants[].value (:20): Set-HostedConnectionFilterPolicy per tenant (:23). No tenant-access filter.',
		clears: "none beyond the cmdlet's: lists given replace the policy's lists.",
		failure:
			'Per tenant, HTTP 200 "Failed to create Connection Filter rule for <tenant>: ..." (:26-29): the generic failure check catches it.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'Despite its name the endpoint only sets an existing policy (usually Default); the node names it Update Connection Filter and requires "name" in the JSON.',
	},
	'exchangePolicy:setAntiPhishingRuleState': ruleState('Invoke-EditAntiPhishingFilter.ps1', 'Anti-Phishing'),
	'exchangePolicy:setMalwareRuleState': ruleState('Invoke-EditMalwareFilter.ps1', 'Malware Filter'),
	'exchangePolicy:setSafeAttachmentsRuleState': ruleState('Invoke-EditSafeAttachmentsFilter.ps1', 'SafeAttachment'),
	'exchangePolicy:getManySpamFilterTemplates': templateList(`${S}Invoke-ListSpamFilterTemplates.ps1`),
	'exchangePolicy:createSpamFilterTemplate': templateCreate(`${S}Invoke-AddSpamFilterTemplate.ps1`, 'Failure: HTTP 500.'),
	'exchangePolicy:deleteSpamFilterTemplate': templateDelete(
		`${S}Invoke-RemoveSpamfilterTemplate.ps1`,
		'HTTP 403 "Failed to remove Spam filter Rule template <id>. ...".',
	),
	'exchangePolicy:getManyConnectionFilterTemplates': templateList(`${S}Invoke-ListConnectionFilterTemplates.ps1`),
	'exchangePolicy:createConnectionFilterTemplate': templateCreate(
		'Email-Exchange/Transport/Invoke-AddConnectionFilterTemplate.ps1',
		'Failure: HTTP 500.',
	),
	'exchangePolicy:deleteConnectionFilterTemplate': templateDelete(
		`${S}Invoke-RemoveConnectionfilterTemplate.ps1`,
		'HTTP 403 "Failed to remove Connection Filter template with ID <id>. ...".',
	),
	'exchangePolicy:getManyAllowBlockTemplates': templateList(`${S}Invoke-ListTenantAllowBlockListTemplates.ps1`),
	'exchangePolicy:createAllowBlockTemplate': {
		source: `${S}Invoke-AddTenantAllowBlockListTemplate.ps1`,
		reads: 'Body entries, listType, listMethod, notes, NoExpiration and RemoveAfter (cast with [bool]), templateName (:17-25).',
		clears: 'none',
		failure: 'HTTP 403 "Failed to create Tenant Allow/Block List Template: ..." (:37-42).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'exchangePolicy:updateAllowBlockTemplate': {
		source: `${S}Invoke-EditTenantAllowBlockListTemplate.ps1`,
		reads:
			'Body GUID (required: HTTP 400 "GUID is required to edit a template.", :15-21), then the same fields as Create (:36-44), stored over the template.',
		clears: 'Everything: the template is replaced, so notes not sent become null and NoExpiration and RemoveAfter false (:36-44).',
		failure:
			'Unknown GUID: HTTP 404 "Template with ID <id> not found." (:28-33); a bad GUID: HTTP 403 "Failed to edit Tenant Allow/Block List Template: ..." (:56-60).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The description says the template is replaced and that notes and expiry options not added are cleared; entries, list type and action are required fields.',
	},
	'exchangePolicy:deleteAllowBlockTemplate': templateDelete(
		`${S}Invoke-RemoveTenantAllowBlockListTemplate.ps1`,
		'HTTP 403 "Failed to remove Tenant Allow/Block List Template with ID <id>. Error: ...".',
	),
	'exchangePolicy:getManySafeLinksTemplates': {
		...templateList('Security/Safe-Links-Policy/Invoke-ListSafeLinksPolicyTemplates.ps1'),
		reads:
			'Query ID (optional; the node does not send it: CIPP filters on RowKey, which the listed objects no longer carry, so an ID matches nothing). CIPP first copies its Config\\*.SafeLinksTemplate.json files into the table keyed by file name (:13-21).',
	},
	'exchangePolicy:deleteSafeLinksTemplate': {
		source: 'Security/Safe-Links-Policy/Invoke-RemoveSafeLinksPolicyTemplate.ps1',
		reads: "Query or body ID (:15), as text (file-name IDs of CIPP's own templates too, :18).",
		clears: 'none',
		failure: 'A missing template (null entity): HTTP 403 "Failed to remove SafeLinks Policy template with ID <id>. Error: ..." (:25-30).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'exchangePolicy:createSafeLinksPolicy': {
		source: 'Security/Safe-Links-Policy/Invoke-ExecNewSafeLinksPolicy.ps1',
		reads:
			'Query or body tenantFilter (:18); body PolicyName, the policy settings (EnableSafeLinksForEmail/Teams/Office, TrackClicks, AllowClickThrough, ScanUrls, EnableForInternalSenders, DeliverMessageAfterScan, DisableUrlRewrite, DoNotRewriteUrls, AdminDisplayName, CustomNotificationText, EnableOrganizationBranding), RuleName, Priority, Comments, State (a boolean: $State ? Enable : Disable, :194-196) and the recipient lists through ConvertTo-FieldArray (.value, .userPrincipalName, .id or the text, :21-48, :115-121).',
		clears: 'none: each setting is passed only when given (:143-155, :175-182); Exchange defaults apply to the rest.',
		failure:
			"Exchange failure (New-SafeLinksPolicy, New-SafeLinksRule, Enable/Disable): HTTP 500 \"Failed creating new SafeLinks policy '<p>'and rule '<r>'. Error: ...\" (:214-218); the policy stays when only the rule fails.",
		async: 'none',
		refusals: ['already exists in tenant'],
		verdict: 'ok',
		note: "A policy or rule of that name already there: a bare `return \"Policy '<p>' already exists in tenant <t>\"` (or Rule) inside the entrypoint, which CIPP's router answers as an HTTP 200 text body (:124-135); the node fails the item with it. Rule name is required (New-SafeLinksRule needs it).",
	},
	'exchangePolicy:updateSafeLinksPolicy': {
		source: 'Security/Safe-Links-Policy/Invoke-EditSafeLinksPolicy.ps1',
		reads:
			'Query or body tenantFilter, PolicyName, RuleName (:18-20); body the same settings as Create (:76-99). Set-SafeLinksPolicy runs only when a policy setting is given, Set-SafeLinksRule only when a rule setting is given, Enable/Disable only when State is given (:104-190).',
		clears: 'none: only given settings are passed; empty recipient lists are skipped, so a list cannot be emptied.',
		failure:
			'Unknown policy or rule, or an Exchange failure: HTTP 500 with Results a list ending "Failed updating SafeLinks configuration \'<p>\'. Error: ..." (:198-203); a policy update done before the failure stays.',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'With no setting given CIPP answers HTTP 200 with an empty Results list: the node fails the item saying nothing was changed.',
	},
	'exchangePolicy:deleteSafeLinksPolicy': {
		source: 'Security/Safe-Links-Policy/Invoke-ExecDeleteSafeLinksPolicy.ps1',
		reads: 'Query or body tenantFilter, RuleName, PolicyName (:16-18).',
		clears: 'none',
		failure:
			"Each cmdlet's failure is caught on its own and CIPP answers HTTP 200 with the messages joined by \" | \", e.g. \"Successfully deleted SafeLinks rule '<r>' | Failed to delete SafeLinks policy '<p>'. Error: ...\" (:24-79); HTTP 500 only for an unexpected error (:81-86).",
		async: 'none',
		refusals: ['Failed to delete SafeLinks'],
		verdict: 'settled',
		note: 'The rule is deleted first and the policy is tried even when the rule failed; the node requires both names (CIPP skips a missing one with "No rule name provided, skipping rule deletion") and fails the item when either part failed.',
	},
	'exchangePolicy:createSafeLinksTemplate': {
		source: 'Security/Safe-Links-Policy/Invoke-CreateSafeLinksPolicyTemplate.ps1',
		reads:
			'Body TemplateName, TemplateDescription (:24-25), then each of PolicyName, the policy settings, RuleName, Priority, State, Comments and the recipient lists that is not null, stored as sent (:28-46). Nothing is required by CIPP; the node requires the template, policy and rule names, which a deployment needs.',
		clears: 'none',
		failure: 'A table failure: HTTP 403 "Failed to create SafeLinks policy template: ..." (:63-68).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
		note: 'AddSafeLinksPolicyTemplate stores the same fields (listed as its duplicate).',
	},
	'exchangePolicy:updateSafeLinksTemplate': {
		source: 'Security/Safe-Links-Policy/Invoke-EditSafeLinksPolicyTemplate.ps1',
		reads: 'Body ID (required, :20-23; the row must exist, :25-30), then the same fields as Create (:38-60).',
		clears: 'Everything: the row is written again from the request alone, so any setting not sent again is gone (:62-71).',
		failure:
			'No ID or an unknown ID: HTTP 403 "Failed to update SafeLinks policy template: Template ID is required" / "Template with ID \'<id>\' not found" (:76-81).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'The description says CIPP drops every setting not given again; the template, policy and rule names are required fields.',
	},
	'exchangePolicy:getSafeLinksPolicy': {
		source: 'Security/Safe-Links-Policy/Invoke-ListSafeLinksPolicyDetails.ps1',
		reads:
			'query ?? body tenantFilter, PolicyName, RuleName (:18-20); each one given runs Get-SafeLinksPolicy / Get-SafeLinksRule -Identity (:27-82).',
		clears: 'none (a read).',
		failure:
			'Each lookup fails on its own: its error goes to Results.PolicyError / RuleError ("Failed to retrieve: <error>") and the answer stays HTTP 200 when the other was found (:43-48, :72-77); neither found: HTTP 500 {Results: "Operation failed: No valid policy or rule details could be retrieved"} (:84-97).',
		async: 'none',
		refusals: [],
		output:
			"Own reader: one item, CIPP's Results object {Policy, PolicyName, Rule, RuleName, Message}; a PolicyError or RuleError (HTTP 200) fails the item with it, since the user asked for that record.",
		verdict: 'settled',
		note: "A rule name that matches nothing would otherwise give a success with only the policy: the item fails with RuleError. The policy is picked from the tenant's Safe Links policies (searchSafeLinksPolicies); Rule Name is optional.",
	},
	'exchangePolicy:deploySafeLinksTemplate': {
		source: 'Security/Safe-Links-Policy/Invoke-AddSafeLinksPolicyFromTemplate.ps1',
		reads:
			"body selectedTenants[].value (AllTenants expands, :21-24), TemplateList[].value: the whole template object, not its ID (:27); of each template PolicyName, RuleName (default '<PolicyName>_Rule'), the twelve policy settings when not null, DoNotRewriteUrls, Priority, TemplateDescription (as the rule's Comments), SentTo/SentToMemberOf/RecipientDomainIs and their ExceptIf lists (.value, .userPrincipalName, .id or text), State (Enabled/Disabled/true/false), TemplateName (messages) (:77-194).",
		clears: "none: it only creates a new policy and rule; settings the template leaves out get Exchange's defaults.",
		failure:
			'No templates: HTTP 500 {Results: "Failed to process template deployment request. Error: No templates provided in TemplateList"} (:29-31, :213-218); a cmdlet error per tenant and template: HTTP 200 "Failed to deploy template \'<name>\' to tenant <t>. Error: ..." (:201-207); HTTP 200 refusals without state: "Policy \'<p>\' already exists in tenant <t>" and "Rule \'<r>\' already exists in tenant <t>" (:84-93).',
		async: 'none',
		refusals: ['already exists in tenant'],
		output: "actionResult(): \"Successfully deployed SafeLinks policy '<p>' and rule '<r>' to tenant <t>[ (rule enabled|disabled)]\".",
		verdict: 'settled',
		note: 'CIPP needs the template object itself in TemplateList: the run hook reads ListSafeLinksPolicyTemplates, finds the picked template by ID (failing the item when none has it) and sends [{value: <template>, label: TemplateName}]. One tenant, sent as selectedTenants [{value, label}] (never AllTenants); an existing policy or rule of the same name fails the item.',
	},
};
