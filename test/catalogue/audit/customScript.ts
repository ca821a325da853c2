import type { AuditRecord } from './types';

/**
 * Custom PowerShell test scripts, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/customScript/.
 */
export const audit: Record<string, AuditRecord> = {
	'customScript:getMany': {
		source: 'Tools/Custom-Scripts/Invoke-ListCustomScripts.ps1',
		reads:
			'Query or body ScriptGuid (:15) and IncludeAllVersions ([bool] of the query text, :16: "false" is true). The node sends IncludeAllVersions only as true (presenceFlag).',
		clears: 'none',
		failure: 'HTTP 400 {Error} (:38-43).',
		async: 'none',
		refusals: [],
		output:
			'A bare array of script rows, the latest version of each (sorted by ScriptName), or of one script (every version with IncludeAllVersions) (:18-35). records fits.',
		verdict: 'settled',
		note: 'IncludeAllVersions false would turn the switch on in CIPP; the node refuses it.',
	},
	'customScript:save': {
		source: 'Tools/Custom-Scripts/Invoke-AddCustomScript.ps1',
		reads:
			'Body ScriptName (letters, digits, spaces, - and _, :150-152), ScriptContent, Pillar (Identity, Devices, Data), UserImpact and ImplementationEffort (Low, Medium, High), Description, Category, Risk, Enabled, AlertOnFailure, AlertStatuses, ReturnType (JSON or Markdown, default JSON), MarkdownTemplate, ResultSchema, ResultMode (default Auto), ScriptGuid (a new version of that script) (:106-149, :155-176).',
		clears:
			'A new version is a new row: only ScriptContent and ResultSchema are carried over from the last version when not sent (:160-167); Description, Category, Risk, Enabled, AlertOnFailure and the rest are what the request holds, empty when missing (:180-199). A missing Enabled disables the script in test runs ([bool]$null). The node always sends Enabled and says in the description that other fields are not carried over.',
		failure:
			'Every check is a throw answered HTTP 400 {Error} (:211-216): missing or invalid fields, an unknown ScriptGuid, and Test-CustomScriptSecurity ("Security violation at line N: Command \'X\' is not in the allowed list...", CIPPCore/Public/Test-CustomScriptSecurity.ps1:87).',
		async: 'none',
		refusals: [],
		output: '{Results, ScriptGuid} (:203-206): the item adds scriptGuid.',
		verdict: 'settled',
		note: 'Enabled is always sent (a missing one would disable the script); the script name pattern is checked before sending.',
	},
	'customScript:setState': {
		source: 'Tools/Custom-Scripts/Invoke-AddCustomScript.ps1',
		reads:
			'Body Action (EnableScript, DisableScript, EnableAlerts, DisableAlerts, SetResultMode), ScriptGuid and, for SetResultMode, ResultMode (:13-63). Merged into the latest version only (UpsertMerge, :64-71).',
		clears: 'none: Enabled, AlertOnFailure and ResultMode keep their current values unless the action changes one (:28-35).',
		failure:
			'HTTP 400 {Error}: no ScriptGuid, unknown script, invalid ResultMode (:17-25, :52-55). An unknown Action changes nothing and still answers success (the node offers only the five).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
	'customScript:restoreVersion': {
		source: 'Tools/Custom-Scripts/Invoke-AddCustomScript.ps1',
		reads: 'Body RestoreToVersion and ScriptGuid (:76-96).',
		clears: 'Deletes every version newer than the one restored (:86-90), for good; the description says so.',
		failure: 'HTTP 400 {Error}: "Version N not found for script GUID ..." (:83-85).',
		async: 'none',
		refusals: [],
		verdict: 'settled',
		note: 'Restoring deletes the newer versions; the description says so.',
	},
	'customScript:run': {
		source: 'Tools/Custom-Scripts/Invoke-ExecCustomScript.ps1 (CIPPCore/Public/New-CippCustomScriptExecution.ps1)',
		reads: 'Body ScriptGuid, TenantFilter (required, :12-21) and Parameters (object, default @{}, :14).',
		clears: 'none: the run is not stored as a test result.',
		failure: 'HTTP 400 {Error, Tenant} (:46-53): missing fields, an unknown script, a script error.',
		async: 'none: the script runs before the answer.',
		refusals: [],
		output:
			'{Results, ScriptGuid, Tenant, CIPPStatus, CIPPResultMarkdown} (:38-44): one item with scriptGuid, tenant, cippStatus, markdown and results (whatever the script returned).',
		verdict: 'ok',
	},
	'customScript:delete': {
		source: 'Tools/Custom-Scripts/Invoke-RemoveCustomScript.ps1',
		reads: 'Query or body ScriptGuid (:13).',
		clears: "Every version (:25-27), the script's stored test results (:29-34) and its entry in every custom test report (:36-60).",
		failure: 'HTTP 400 {Error}: no ScriptGuid or "Script with GUID ... not found" (:14-22, :66-71).',
		async: 'none',
		refusals: [],
		verdict: 'ok',
	},
};
