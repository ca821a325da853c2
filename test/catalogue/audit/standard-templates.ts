import type { AuditRecord } from './types';

/**
 * Generic operations on CIPP's templates table (any kind: PartitionKey CATemplate, IntuneTemplate,
 * StandardsTemplateV2 ...), read against CIPP-API (paths relative to `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`).
 * Node files: nodes/Cipp/actions/standard/cloneTemplate.operation.ts.
 */
export const audit: Record<string, AuditRecord> = {
	'standard:cloneTemplate': {
		source: 'CIPP/Core/Invoke-ExecCloneTemplate.ps1',
		reads: 'GUID and Type, query first, else body (:13-14); the row PartitionKey eq Type and RowKey eq GUID, matched exactly (:20).',
		clears:
			'The copy gets a new GUID: RowKey and every occurrence of the old GUID in its JSON are replaced (-replace, the GUID as a regular expression, :23-25); Package and SHA are emptied (:26-31), so a copied community or synced template is no longer tied to its source. The name and content stay the same.',
		failure:
			'Always HTTP 200 {Results: {state, resultText}}: state error "GUID or Type not provided" (:58-63), "Template not found" (:50-55, also for a kind or GUID in another case), "Failed to clone template" with details (:41-47). Success: state success "Template cloned successfully".',
		async: 'none',
		refusals: [],
		output: "{Results: {state, resultText}} without the copy's GUID: actionResult gives status and message.",
		verdict: 'settled',
		note: "CIPP does not return the copy's ID, and a copied standards template keeps the original's tenants (it would run on them too): the description says both. The kind is a list of CIPP's template kinds and the ID must be a GUID (CIPP's -replace reads it as a regular expression).",
	},
};
