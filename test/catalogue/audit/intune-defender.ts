import type { AuditRecord } from './types';

/**
 * Intune → Deploy Defender and Create Defender Template (nodes/Cipp/actions/shared/defender.ts), audited
 * against CIPP-API in /work/cipp-api. Helpers are in Modules/CIPPCore/Public/.
 */
export const audit: Record<string, AuditRecord> = {
	'intune:deployDefender': {
		source: 'Endpoint/MEM/Invoke-AddDefenderDeployment.ps1',
		reads:
			'body selectedTenants[].value (:14; AllTenants expands, :15; the node sends one tenant per item as [{value, label}], never AllTenants), Compliance, Policy, ASR, EDR, Exclusion (objects, each acted on when truthy, :16-38). Compliance (Set-CIPPDefenderCompliancePolicy.ps1:22-43): 17 switches read as [bool] (ConnectAndroid, ConnectIos, Connectwindows, ConnectMac, BlockunsupportedOS, AppSync, ConnectAndroidCompliance, ConnectIosCompliance, the iOS metadata and blocked-on-missing-data switches, grantMobileThreatDefensePartnerRole). Policy (Set-CIPPDefenderAVPolicy.ps1:134-231): 17 truthy switches, EnableNetworkProtection/CloudBlockLevel/AllowOnAccessProtection/SubmitSamplesConsent .value, AvgCPULoadFactor/CloudExtendedTimeout/SignatureUpdateInterval (ints, 0 skipped), Remediation.Low/Moderate/High/Severe .value, AssignTo (:252). ASR (Set-CIPPDefenderASRPolicy.ps1:16-43): Mode (default block) and 19 truthy rule switches, AssignTo. EDR (Set-CIPPDefenderEDRPolicy.ps1:110-126): SampleSharing, Config truthy, AssignTo. Exclusion (Set-CIPPDefenderExclusionPolicy.ps1:194-209): excludedExtensions, excludedPaths, excludedProcesses (each entry one value; a text is not split), AssignTo.',
		clears:
			'The connector is PATCHed whole (Set-CIPPDefenderCompliancePolicy.ps1:66): every switch not sent becomes false; the node sends all 17 explicitly and says so. Policies are only created, never changed.',
		failure:
			'Always HTTP 200 {Results: [...]} with per-tenant strings. A throw in any section ends that tenant: "Failed to add policy for <tenant>: <error>" (:39-43); a connector that does not come up: "<tenant>: Failed to enable MDE Connector - <error>" (Set-CIPPDefenderCompliancePolicy.ps1:16; the other sections still run); Enable-CIPPMDEConnector throws "Failed to retrieve MDE connector state for <tenant>. Error: ..." or "Failed to provision MDE Intune connector for <tenant> - all regional endpoints were unsuccessful." (Enable-CIPPMDEConnector.ps1), which ends the tenant as above. All carry "Failed" and fail the item. AV with AssignTo missing assigns to "#microsoft.graph.AssignmentTarget" and throws after creating the policy (Set-CIPPDefenderAVPolicy.ps1:252-254): the node always sends AssignTo (None by default).',
		async:
			'none. Silent skips: a policy that exists by its default name ("Default AV Policy", "ASR Default rules", "EDR Configuration", "Default AV Exclusion Policy") is skipped with "<tenant>: <kind> already exists. Skipping" (settings not applied: the item reports status warning and the skipped messages); ASR without a rule, EDR and exclusions with nothing set answer nothing (ASR :82, EDR :153, Exclusion :246): the node refuses such a section before sending.',
		refusals: [],
		verdict: 'settled',
		note: 'One tenant per item, so a failed tenant fails its item, whose error also quotes what CIPP did beside the failure. Sections with nothing turned on are refused before sending; AssignTo is always sent; a skip by existing policy name is reported as status warning with the skipped messages.',
	},
	'intune:createDefenderTemplate': {
		source: 'Endpoint/MEM/Invoke-AddDefenderTemplate.ps1',
		reads:
			'body templateName (required, :14-20), package (text, :26), Policy, ASR, EDR, Exclusion (same shapes as AddDefenderDeployment, built by Set-CIPPDefender*Policy -TemplateOnly; AssignTo is not read). Each truthy section becomes one templates-table row (PartitionKey IntuneTemplate, Type Catalog) named "<templateName> - AV Policy", "- ASR Policy", "- EDR Policy", "- AV Exclusion Policy" (:34-123); the ASR template is saved even without a rule (-TemplateOnly returns before the rule count check).',
		clears: 'none (new rows with new GUIDs; a second call with the same name adds more templates).',
		failure:
			'HTTP 400 {Results: "A template name prefix is required."} without templateName (:14-20); HTTP 200 {Results: [..., "Failed to create template: <error> | <script>:<line> | <type>"]} when a section throws (:125-130); templates saved before it stay: "Failed" fails the item.',
		async:
			'none. Silent skips: EDR with neither switch and exclusions with no entry save nothing and say nothing (:81, :105); the node refuses such a section, and an item without any section, before sending.',
		refusals: [],
		verdict: 'settled',
		note: 'Empty sections and items without a section are refused before sending, so every item saves at least one template and says which.',
	},
};
