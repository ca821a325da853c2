import type { AuditRecord } from './types';

/**
 * Compliance (Purview DLP policies, retention policies, sensitive information types, sensitivity
 * labels and their CIPP templates), read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`; helpers in CIPPCore/Public). The four
 * kinds share one shape, so their records are built from one description per kind, as the
 * operations are (nodes/Cipp/actions/shared/compliance.ts).
 */
interface Kind {
	one: string;
	many: string;
	dir: string;
	stem: string;
	/** The deploy helper, e.g. Set-CIPPDlpCompliancePolicy, and what it skips. */
	helper: string;
	skips: string;
	/** Edit: the Set- cmdlet and whether State toggles Enabled. */
	setCmdlet: string;
	state: boolean;
	/** Remove: what more it reads or refuses. */
	remove: string;
	/** Add Template: what it reads. */
	template: string;
	list?: string;
}

const DEPLOY_REFUSALS = ['^Could not deploy ', 'skipping in ', 'was NOT created'];

function recordsOf(kind: Kind): Record<string, AuditRecord> {
	const file = (name: string) => `Security/${kind.dir}/Invoke-${name}.ps1`;
	const key = (value: string) => `compliance:${value}`;
	const records: Record<string, AuditRecord> = {
		[key(`update${kind.one}`)]: {
			source: file(`Edit${kind.stem}`),
			reads: `Query or body tenantFilter (:12), Identity ?? Name (:13), ${kind.state ? 'State (Enabled = State is "enable" or true, :14, :21-24), ' : ''}body parameters (every property but Identity is passed to ${kind.setCmdlet}, :25-30). The OpenAPI types parameters as text; CIPP reads it as an object, which the node sends.`,
			clears: `none: only the parameters given reach ${kind.setCmdlet}.`,
			failure: `Any Purview failure (unknown identity, bad parameter): HTTP 403 "Failed updating ... <identity>. Error: ..." (:35-40).`,
			async: 'none',
			refusals: [],
			verdict: 'settled',
			note: `With no ${kind.state ? 'State and no ' : ''}parameters CIPP runs ${kind.setCmdlet} -Identity alone and answers "Updated ...": the node refuses an update without fields, or with an empty Parameters object, before sending.`,
		},
		[key(`delete${kind.one}`)]: {
			source: file(`Remove${kind.stem}`),
			reads: `Query or body tenantFilter (:14), Identity ?? Name (:15)${kind.remove}.`,
			clears: 'none',
			failure: 'Any failure: HTTP 403 "Failed to delete ... <identity> - <error>" (:25-32).',
			async: 'none',
			refusals: [],
			verdict: 'ok',
		},
		[key(`deploy${kind.one}`)]: {
			source: `${file(`Add${kind.stem}`)} and CIPPCore/Public/${kind.helper}.ps1`,
			reads:
				'Body PowerShellCommand (ConvertFrom-Json, :14; text that is not JSON throws outside any try: unhandled HTTP 500), selectedTenants[].value (:15; the OpenAPI types it as text, the node sends [{value, label}] as JSON). From a CIPP template the node reads it with List…Templates?ID= first and sends its JSON without the GUID CIPP adds.',
			clears: `none: ${kind.helper} creates the object, or updates the one of that name with the template's fields.`,
			failure: `Always HTTP 200 {Results: [one text per tenant]} (:17-24): "Created ..." / "Updated ...", or without state "Could not deploy ... to <tenant>: <error>"${kind.skips}.`,
			async: 'none',
			refusals: DEPLOY_REFUSALS,
			verdict: 'settled',
			note: "CIPP answers HTTP 200 for a tenant it skipped or could not deploy to: the node fails the item with CIPP's words.",
		},
		[key(`getMany${kind.one}Templates`)]: {
			source: file(`List${kind.stem}Templates`),
			reads: 'Query ID (:21), compared with each template GUID.',
			clears: 'none',
			failure: 'none: an unknown ID gives an empty list.',
			async: 'none',
			refusals: [],
			output: "A bare array of the templates' JSON with GUID added (:14-25); records gives one item each.",
			verdict: 'ok',
		},
		[key(`create${kind.one}Template`)]: {
			source: file(`Add${kind.stem}Template`),
			reads: kind.template,
			clears: 'none (a new template with a new GUID).',
			failure: 'Failure: HTTP 500 "Failed to create ... Template: <error>".',
			async: 'none',
			refusals: [],
			verdict: 'ok',
		},
		[key(`delete${kind.one}Template`)]: {
			source: file(`Remove${kind.stem}Template`),
			reads: 'Body ?? query ID (:14), as a GUID in the table filter (:17).',
			clears: 'none',
			failure: 'Not a GUID, or no such template: HTTP 403 "Failed to remove ... template <id>. <error>" (:24-29).',
			async: 'none',
			refusals: [],
			verdict: 'ok',
		},
	};
	if (kind.list) {
		records[key(`getMany${kind.many}`)] = {
			source: file(`List${kind.stem}`),
			reads: kind.list,
			clears: 'none',
			failure: 'Purview failure: HTTP 403 with the normalized error as the only element of a list.',
			async: 'none',
			refusals: [],
			output:
				'A bare array of Get- cmdlet rows; records gives one item each. AllTenants is not handled (the tenant goes to New-ExoRequest as is), so it is not offered.',
			verdict: 'ok',
		};
	}
	return records;
}

const JSON_TEMPLATE = 'Body PowerShellCommand (ConvertFrom-Json) or, without it, the body itself';

export const audit: Record<string, AuditRecord> = {
	...recordsOf({
		one: 'DlpPolicy',
		many: 'DlpPolicies',
		dir: 'Compliance-DLP',
		stem: 'DlpCompliancePolicy',
		helper: 'Set-CIPPDlpCompliancePolicy',
		skips:
			', "... is a Microsoft built-in and cannot be modified — skipping in <tenant>." (:52-58) and, per rule, "rule ... was NOT created for ..." (:128-132)',
		setCmdlet: 'Set-DlpCompliancePolicy',
		state: true,
		remove: '',
		template: `${JSON_TEMPLATE} (:25-29): the allowed policy fields, and AssociatedRules turned into RuleParams (:44-70); a policy in Mode PendingDeletion is refused (HTTP 500, :33-35). The node sends PowerShellCommand only (a Get Many DLP Policies item carries its AssociatedRules).`,
	}),
	...recordsOf({
		one: 'RetentionPolicy',
		many: 'RetentionPolicies',
		dir: 'Compliance-Retention',
		stem: 'RetentionCompliancePolicy',
		helper: 'Set-CIPPRetentionCompliancePolicy',
		skips: '',
		setCmdlet: 'Set-RetentionCompliancePolicy',
		state: true,
		remove: ', body ForceDeletion (only a JSON true adds -ForceDeletion, :16, :22)',
		template:
			"Body or query tenantFilter with Identity ?? Name (:61-62): CIPP captures the tenant's policy and its first rule (:70-80; not found: HTTP 500 \"... Retention policy '<x>' not found in tenant <t>.\"); otherwise body PowerShellCommand or the body (:82-86). Locations come from Workload when the policy has none (:91-98). The node sends either tenantFilter + Identity (From a Tenant) or PowerShellCommand (JSON).",
		list: 'Query tenantFilter (:12). Rows carry AssociatedRules and RuleCount (matched by rule Policy = policy Name, :17-19).',
	}),
	...recordsOf({
		one: 'SensitiveInfoType',
		many: 'SensitiveInfoTypes',
		dir: 'Compliance-SIT',
		stem: 'SensitiveInfoType',
		helper: 'Set-CIPPSensitiveInfoType',
		skips:
			', "SIT \'<n>\' has invalid FileDataBase64 ... - skipping in <t>.", "... is missing both \'Pattern\' and \'FileDataBase64\' - skipping in ...", "... is a Microsoft built-in and cannot be modified - skipping in ...", "... already exists as a document-fingerprint ... - skipping in ..." (Set-CIPPSensitiveInfoType :34-71)',
		setCmdlet: 'Set-DlpSensitiveInformationType',
		state: false,
		remove:
			"; it looks the type up first (not found: \"Sensitive Information Type '<x>' not found.\", a Microsoft one: \"SIT '<n>' is a Microsoft built-in and cannot be deleted.\", both HTTP 403, :19-26) and removes a regex type's whole rule package (:30-34)",
		template:
			"Body or query tenantFilter with Identity ?? Id ?? Name (:24-25): CIPP captures a custom type's rule pack XML (:27-57; a Microsoft type or one not found: HTTP 500); otherwise PowerShellCommand or the body, keeping Name, Description, Pattern, Confidence, PatternsProximity, Locale, Recommended, PublisherName, FileDataBase64 (:15-20, :60-73); without Pattern or FileDataBase64: HTTP 400 \"Template requires either 'Pattern' ...\" (:75-82).",
		list: "Query tenantFilter (:12), IncludeBuiltIn (compared with -eq $true, so 'true' lists Microsoft's types too, :14, :19-21).",
	}),
	...recordsOf({
		one: 'SensitivityLabel',
		many: 'SensitivityLabels',
		dir: 'Compliance-SensitivityLabel',
		stem: 'SensitivityLabel',
		helper: 'Set-CIPPSensitivityLabel',
		skips: '',
		setCmdlet: 'Set-Label (AdvancedSettings and Settings converted to Exchange hashtables, :26-31)',
		state: false,
		remove: '',
		template: `${JSON_TEMPLATE} (:25-29): DisplayName ?? Name, Name, Comment, and the fields Get-CIPPSensitivityLabelField keeps (:19-20, :36-46); a captured Get-Label object (with LabelActions) loses its tenant-bound template ids (:34).`,
		list: 'Query tenantFilter (:12). Rows get PublishedInPolicies (label policies naming the label) and Color (from Settings) (:18-37).',
	}),
	'compliance:getSensitiveInfoTypeRulePackage': {
		source: 'Security/Compliance-SIT/Invoke-ListSensitiveInfoTypeRulePackage.ps1',
		reads: 'Query ?? body tenantFilter (:15), RulePackId (:16; empty: HTTP 403 "RulePackId is required.", :19).',
		clears: 'none',
		failure: 'Unknown pack or Purview failure: HTTP 403 with the normalized error text as the body (:37-41).',
		async: 'none',
		refusals: [],
		output:
			'One object {RulePackId, RuleCollectionName, Publisher, Version, Configuration (parsed rules), Xml} (:28-35); singleRecord gives it as one item.',
		verdict: 'ok',
	},
};
