import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, choices, requiredChoice, requiredText, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const updateSecureScoreControl: CippOperation = {
	resource: 'tenant',
	value: 'updateSecureScoreControl',
	name: 'Update Secure Score Control',
	action: "Set a Secure Score control's status",
	description:
		'Mark a Microsoft Secure Score control of a tenant as reviewed, ignored, resolved by a third party or back to default, with an optional note. CIPP refuses Defender controls (names starting with scid_).',
	...writes('ExecUpdateSecureScore', 'Tenant.Administration.ReadWrite'),
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		requiredText(
			{
				displayName: 'Control Name',
				name: 'controlName',
				placeholder: 'e.g. AdminMFAV2',
				description: 'The control ID (Secure Score control name)',
			},
			{ name: 'ControlName', in: 'body' },
		),
		requiredChoice(
			'Status',
			'resolutionType',
			'',
			asLabelValue('resolutionType'),
			'Reviewed',
			choices({
				Default: 'Default',
				'Ignored (Risk Accepted)': 'Ignored',
				'Reviewed (Planned)': 'Reviewed',
				'Third Party': 'ThirdParty',
			}),
		),
		additionalFields([text('Reason', 'reason', 'A note saved with the status; left empty, CIPP clears the saved note', 'reason')]),
	],
	constants: { body: { vendorInformation: { provider: 'SecureScore', providerVersion: null, subProvider: null, vendor: 'Microsoft' } } },
	output: actionResult(),
};
