/** Invoke-ExecRegistrationCampaign -> Set-CIPPRegistrationCampaign: the tenant's authentication methods registration campaign. */
import { perSandbox } from '../../../directory';
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { valueOf } from './request';

interface Target {
	id: string;
	targetType: string;
	targetedAuthenticationMethod?: string;
}

export interface RegistrationCampaign {
	state: string;
	snoozeDurationInDays: number;
	enforceRegistrationAfterAllowedSnoozes: boolean;
	includeTargets: Target[];
	excludeTargets: Target[];
}

/** Each tenant's campaign by default domain; Microsoft's default until it is set. */
export const campaigns = perSandbox(() => new Map<string, RegistrationCampaign>());

const unset = (value: unknown) => value === undefined || value === null;

function targetsOf(groups: unknown, users: unknown): Target[] {
	const list = (value: unknown) => (unset(value) ? [] : [value].flat()).map(psString).filter(Boolean);
	return [...list(groups).map((id) => ({ id, targetType: 'group' })), ...list(users).map((id) => ({ id, targetType: 'user' }))];
}

const ExecRegistrationCampaign: Endpoint = {
	name: 'ExecRegistrationCampaign',
	role: 'Tenant.Administration.ReadWrite',
	handle(ctx) {
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		const tenantFilter = psString(valueOf(ctx.fromBody('tenantFilter')));
		if (!tenantFilter) return { status: 400, body: { Results: 'Error: tenantFilter is required' } };
		const snooze = ctx.fromBody('snoozeDurationInDays');
		if (!unset(snooze) && (Number(snooze) < 0 || Number(snooze) > 14)) {
			return { status: 400, body: { Results: 'Error: snoozeDurationInDays must be between 0 and 14' } };
		}
		let tenant;
		try {
			tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const message = `Could not get the current registration campaign. Error: ${normalizeGraphError(error.message)}`;
			return { status: 500, body: { Results: message } };
		}
		const current: RegistrationCampaign = campaigns(ctx.state).get(tenant.defaultDomainName) ?? {
			state: 'default',
			snoozeDurationInDays: 1,
			enforceRegistrationAfterAllowedSnoozes: false,
			includeTargets: [{ id: 'all_users', targetType: 'group', targetedAuthenticationMethod: 'microsoftAuthenticator' }],
			excludeTargets: [],
		};
		// $null keeps what is set (:121-147 of the endpoint, :39-67 of Set-CIPPRegistrationCampaign).
		const includeGiven = ['includeAllUsers', 'includeGroups', 'includeUsers'].some((name) => !unset(ctx.fromBody(name)));
		const include = !includeGiven
			? current.includeTargets
			: body.includeAllUsers === true
				? [{ id: 'all_users', targetType: 'group' }]
				: targetsOf(ctx.fromBody('includeGroups'), ctx.fromBody('includeUsers'));
		const excludeGiven = ['excludeGroups', 'excludeUsers'].some((name) => !unset(ctx.fromBody(name)));
		const exclude = excludeGiven ? targetsOf(ctx.fromBody('excludeGroups'), ctx.fromBody('excludeUsers')) : current.excludeTargets;
		const state = psString(valueOf(ctx.fromBody('state'))) || current.state;
		const method =
			psString(valueOf(ctx.fromBody('targetedAuthenticationMethod'))) ||
			current.includeTargets[0]?.targetedAuthenticationMethod ||
			'microsoftAuthenticator';
		if (!['default', 'enabled', 'disabled'].includes(state)) {
			return { status: 500, body: { Results: "State must be one of 'default', 'enabled' or 'disabled'" } };
		}
		if (!['microsoftAuthenticator', 'fido2'].includes(method)) {
			return { status: 500, body: { Results: "TargetedAuthenticationMethod must be 'microsoftAuthenticator' or 'fido2'" } };
		}
		const includeTargets = (include.length > 0 ? include : [{ id: 'all_users', targetType: 'group' }]).map((target) => ({
			id: target.id,
			targetType: target.targetType,
			targetedAuthenticationMethod: method,
		}));
		const campaign: RegistrationCampaign = {
			state,
			snoozeDurationInDays: unset(snooze) ? current.snoozeDurationInDays : Number(snooze),
			enforceRegistrationAfterAllowedSnoozes: unset(body.enforceRegistrationAfterAllowedSnoozes)
				? current.enforceRegistrationAfterAllowedSnoozes
				: Boolean(body.enforceRegistrationAfterAllowedSnoozes),
			includeTargets,
			excludeTargets: exclude.map(({ id, targetType }) => ({ id, targetType })),
		};
		campaigns(ctx.state).set(tenant.defaultDomainName, campaign);
		const result =
			`Set the registration campaign state to ${state} targeting ${method} with a snooze duration of ${campaign.snoozeDurationInDays} day(s), ` +
			`${includeTargets.length} include target(s) and ${campaign.excludeTargets.length} exclude target(s)`;
		return { status: 200, body: { Results: result } };
	},
};

export const endpoints: Endpoint[] = [ExecRegistrationCampaign];
