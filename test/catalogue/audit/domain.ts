import type { AuditRecord } from './types';

/**
 * Domains, read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/domain/.
 */
const action = (verb: string, lines: string): AuditRecord => ({
	source: 'Tenant/Administration/Domains/Invoke-ExecDomainAction.ps1',
	reads: `Body tenantFilter, domain, Action (:13-15; the node sends Action ${verb}).`,
	clears: 'none',
	failure: `Graph failure or a missing field: HTTP 403 {Results: {resultText: "Failed to perform action on domain <name>: ...", state: "error"}} (:75-83). Success: state success (${lines}).`,
	async: 'none',
	refusals: [],
	verdict: 'ok',
});

export const audit: Record<string, AuditRecord> = {
	'domain:getMany': {
		source: 'Tenant/Administration/Domains/Invoke-ListDomains.ps1',
		reads: 'Query tenantFilter (:13).',
		clears: 'none',
		failure: 'Graph failure: HTTP 500 with a one-element array [normalized error] (:18-20).',
		async: 'none',
		refusals: [],
		output: 'Bare array of {id, isDefault, isInitial}, default first (:16); isVerified is dropped, the description says so. recordsOrFail.',
		verdict: 'ok',
	},
	'domain:create': {
		source: 'Tenant/Administration/Domains/Invoke-AddDomain.ps1',
		reads: 'Body tenantFilter (:13), domain (:14), checked against a domain pattern (:18-25; the node checks the same before sending).',
		clears: 'none',
		failure: 'HTTP 403 "Failed to add domain <name>: ..." (:38-43).',
		async: 'The domain stays unverified until Verify (the TXT record is not returned by CIPP).',
		refusals: [],
		verdict: 'ok',
	},
	'domain:verify': action('verify', ':27-42'),
	'domain:setDefault': action('setDefault', ':55-70'),
	'domain:delete': action('delete', ':43-54'),
};
