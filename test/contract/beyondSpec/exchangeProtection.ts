import contractFile from '../cipp-contract.json';
import type { BeyondSpec } from './types';

/** Email-Exchange spam filter, quarantine and transport; Security Safe Links. */

/** The Safe Links template endpoints keep, in a loop over names, exactly the fields ExecNewSafeLinksPolicy reads (the spec traces those). */
const newPolicy: Record<string, string> = contractFile.endpoints.ExecNewSafeLinksPolicy.POST.body;
const TEMPLATE_FIELDS = Object.fromEntries(Object.entries(newPolicy).filter(([name]) => name !== 'tenantFilter'));

export const beyondSpec: Record<string, BeyondSpec> = {
	CreateSafeLinksPolicyTemplate: {
		body: TEMPLATE_FIELDS,
		source: 'Security/Safe-Links-Policy/Invoke-CreateSafeLinksPolicyTemplate.ps1 (the $propertiesToKeep loop, :28-46)',
	},
	EditSafeLinksPolicyTemplate: {
		body: TEMPLATE_FIELDS,
		source: 'Security/Safe-Links-Policy/Invoke-EditSafeLinksPolicyTemplate.ps1 (the $propertiesToKeep loop, :42-60)',
	},
};
