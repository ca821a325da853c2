import type { AuditRecord } from './types';

/** Editing CIPP templates (ExecEditTemplate), read against CIPP-API (paths relative to `HTTP Functions/`). */
export const audit: Record<string, AuditRecord> = {
	'standard:updateGroupTemplate': {
		source: 'CIPP/Core/Invoke-ExecEditTemplate.ps1',
		reads:
			'Body id, else GUID, as the RowKey (:14); query Type, else body Type, as the PartitionKey (:16; the node sends Type=GroupTemplate in the query so it is not stored); the whole body but GUID, source, isSynced, package as the template JSON (:15).',
		clears:
			'Everything the body leaves out: the JSON is replaced whole (UpsertMerge of the JSON column, :83-90), and SHA is cleared (:88). A GUID no template has creates a new row. The node reads ListGroupTemplates first and sends every stored field back with the changes, under the stored GUID exactly (the RowKey is compared case-sensitively).',
		failure:
			'Always HTTP 200; a failure is "Editing template failed: <error>" (:95-98), which does not start with Failed/Error: a refusal. Success: "Successfully saved the template" (:93).',
		async: 'none',
		refusals: ['^Editing template failed'],
		verdict: 'settled',
		note: 'The upsert is made safe by the node: an unknown GUID is refused before sending; a template synced from a community repository (isSynced) is refused, as Import-CommunityTemplate overwrites a row whose SHA differs (CIPPCore/Public/Tools/Import-CommunityTemplate.ps1 :119-148) and this edit clears the SHA; a membership rule is only accepted for dynamic kinds; an update with no field is refused (CIPP would rewrite the same template and answer success).',
	},
	'standard:updateCaTemplate': {
		source: 'CIPP/Core/Invoke-ExecEditTemplate.ps1',
		reads:
			'Body id, else GUID, as the RowKey (:14); query Type=CATemplate (:16); the whole body but GUID, source, isSynced, package as the template JSON (:15). The node sends the policy JSON ListCAtemplates returns (Tenant/Conditional/Invoke-ListCAtemplates.ps1 :70-78) with displayName and state changed, without any id the source policy left in it (CIPP would take it as the GUID).',
		clears:
			'Everything the body leaves out: the JSON is replaced whole and SHA cleared (:83-90); a GUID no template has creates a new row. The node reads the template first and sends it whole, under the stored GUID.',
		failure:
			'Always HTTP 200; a failure is "Editing template failed: <error>" (:95-98): a refusal. Success: "Successfully saved the template" (:93).',
		async: 'none',
		refusals: ['^Editing template failed'],
		verdict: 'settled',
		note: "As for group templates: unknown GUID, a synced template (Import-CommunityTemplate would overwrite it) and an update with no field are refused before sending. The template's id field is left out: New-CIPPCAPolicy drops ID, GUID and *time* when deploying (CIPPCore/Public/New-CIPPCAPolicy.ps1 :104), so nothing depends on it.",
	},
};
