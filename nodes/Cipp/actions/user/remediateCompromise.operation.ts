import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter, userParameter } from '../common/pickers';
import { withoutSecret } from '../common/readers';
import { secretFields, secretOutputOf, secretOutputParameter, secretPlaceholder } from '../common/secrets';
import { readResults } from '../../transport/envelope';
import { resolveUser, withFields } from '../shared/user';
import type { CippOperation, OutputContext } from '../types';

/**
 * ExecBECRemediate answers one `{resultText, state}` per step and HTTP 200 even when steps failed.
 * The item fails only when no step worked; otherwise it keeps the new password and says which failed.
 */
function remediationOutput(response: unknown, context: OutputContext): IDataObject[] {
	const results = readResults(response).filter((result) => result.text !== '');
	const failed = results.filter((result) => result.state === 'error');
	if (results.length === 0 || failed.length === results.length) {
		context.fail(results.map((result) => result.text).join(' ') || 'CIPP answered without a message.');
	}
	const secret = results.find((result) => result.copyField)?.copyField;
	const mode = secretOutputOf(context.values);
	const steps = results.map((result) => ({
		status: result.state ?? 'success',
		message: withoutSecret(result.text, secret, secretPlaceholder(secret, mode, 'temporaryPassword')),
	}));
	return [
		{
			status: failed.length > 0 ? 'warning' : 'success',
			message: steps
				.filter((step) => failed.length === 0 || step.status === 'error')
				.map((step) => step.message)
				.join(' '),
			steps,
			...secretFields(secret, mode, 'temporaryPassword'),
		},
	];
}

export const remediateCompromise: CippOperation = {
	resource: 'user',
	value: 'remediateCompromise',
	name: 'Remediate Compromise',
	action: 'Remediate a compromised user',
	description:
		"Lock down a compromised account as CIPP's BEC remediation does: reset the password (must change at next sign-in), block sign-in, revoke sessions, remove all MFA methods, disable every inbox rule and turn off OneDrive sharing. Each step is in `steps`; the item is a warning when some failed.",
	...writes('ExecBECRemediate', 'Identity.User.ReadWrite'),
	parameters: [tenantParameter('body'), userParameter(undefined), secretOutputParameter('temporary password')],
	output: remediationOutput,
	run: async (context) => {
		const user = await resolveUser(
			context,
			String(context.values.userId),
			`${String(context.values.userId)} is not a user of the tenant. Nothing was changed.`,
		);
		// CIPP pastes username into Graph URLs unencoded: a guest's #EXT# UPN would cut them short, its object ID does not.
		const username = user.userPrincipalName.includes('#') ? user.id : user.userPrincipalName;
		const request = withFields(context.request, { userid: user.id, username });
		return remediationOutput(await context.call(request, remediateCompromise.role), context);
	},
};
