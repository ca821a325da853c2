/** ExecUpdateSecureScore: PATCH of a Secure Score control profile; Defender (scid_) controls refused with HTTP 400. */
import { perSandbox } from '../../../directory';
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

/** Per tenant: control name -> {state, comment} as last set. */
export const secureScoreControls = perSandbox(() => new Map<string, Map<string, { state: string; comment: string }>>());

const ExecUpdateSecureScore: Endpoint = {
	name: 'ExecUpdateSecureScore',
	role: 'Tenant.Administration.ReadWrite',
	handle(ctx) {
		const control = psString(ctx.fromBody('ControlName'));
		if (/^scid_/i.test(control)) {
			return {
				status: 400,
				body: {
					Results:
						'Defender controls cannot be updated via this API. Please use the Microsoft 365 Defender portal to update these controls.',
				},
			};
		}
		const resolution = ctx.fromBody('resolutionType') as { value?: unknown } | undefined;
		const state = psString(resolution?.value);
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('TenantFilter'), { authCheck: true });
			const vendor = ctx.fromBody('vendorInformation') as { provider?: string } | undefined;
			if (!control || !state || vendor?.provider !== 'SecureScore') throw new GraphError('Invalid request body.');
			const controls = secureScoreControls(ctx.state);
			const perTenant = controls.get(tenant.customerId) ?? new Map();
			controls.set(tenant.customerId, perTenant);
			perTenant.set(control, { state, comment: psString(ctx.fromBody('reason')) });
			return { status: 200, body: { Results: `Successfully set control ${control} to ${state}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to set control ${control} to ${state}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

export const endpoints: Endpoint[] = [ExecUpdateSecureScore];
