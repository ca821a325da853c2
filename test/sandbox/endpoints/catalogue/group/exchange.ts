/** A group's Exchange settings: GAL visibility and delivery management (external senders). */
import { GraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { exchangeTenant } from '../tenant/request';
import { exchangeGetGroup } from './groups';

const MAIL_TYPES = ['Distribution List', 'Mail-Enabled Security', 'Microsoft 365'];

/** Invoke-ExecGroupsHideFromGAL -> Set-CIPPGroupGAL: failures and refusals come back with HTTP 200. */
const ExecGroupsHideFromGAL: Endpoint = {
	name: 'ExecGroupsHideFromGAL',
	role: 'Exchange.Group.ReadWrite',
	handle(ctx) {
		const groupType = psString(ctx.fromQueryOrBody('GroupType'));
		const id = psString(ctx.fromQueryOrBody('ID'));
		const hidden = psString(ctx.fromQueryOrBody('HideFromGAL')).toLowerCase() === 'true';
		if (groupType === 'Security') return { status: 200, body: { Results: "Security's group cannot have this setting changed" } };
		if (!MAIL_TYPES.includes(groupType))
			return { status: 200, body: { Results: `Successfully ${hidden ? 'hidden' : 'unhidden'} ${groupType} group ${id} from GAL.` } };
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			exchangeGetGroup(ctx.state, tenant, id).hiddenFromAddressListsEnabled = hidden;
			return { status: 200, body: { Results: `Successfully ${hidden ? 'hidden' : 'unhidden'} ${groupType} group ${id} from GAL.` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 200, body: { Results: `Failed. ${error.message}` } };
		}
	},
};

/** Invoke-ExecGroupsDeliveryManagement -> Set-CIPPGroupAuthentication ([bool] parameter: text is refused). */
const ExecGroupsDeliveryManagement: Endpoint = {
	name: 'ExecGroupsDeliveryManagement',
	role: 'Exchange.Group.ReadWrite',
	handle(ctx) {
		const groupType = psString(ctx.fromQueryOrBody('GroupType'));
		const id = psString(ctx.fromQueryOrBody('ID'));
		const onlyInternal = ctx.fromQueryOrBody('OnlyAllowInternal');
		if (typeof onlyInternal !== 'boolean' && typeof onlyInternal !== 'number') {
			throw new Error(
				`Cannot process argument transformation on parameter 'OnlyAllowInternal'. Cannot convert value "System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
			);
		}
		const internal = Boolean(onlyInternal);
		try {
			if (groupType === 'Security') throw new GraphError(`${groupType}'s group cannot have this setting changed`);
			const tenant = exchangeTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			if (MAIL_TYPES.includes(groupType)) exchangeGetGroup(ctx.state, tenant, id).requireSenderAuthenticationEnabled = internal;
			const suffix = internal ? 'inside the organisation.' : 'inside and outside the organisation.';
			return { status: 200, body: { Results: `Successfully set ${groupType} group ${id} to allow messages from people ${suffix}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to set Delivery Management: ${error.message}` } };
		}
	},
};

/** Invoke-ListGroupSenderAuthentication: any failure reads as "not allowed"; always HTTP 200. */
const ListGroupSenderAuthentication: Endpoint = {
	name: 'ListGroupSenderAuthentication',
	role: 'Exchange.Groups.Read',
	handle(ctx) {
		const type = ctx.fromQuery('Type');
		let state = true;
		try {
			if (type === 'Distribution List' || type === 'Microsoft 365') {
				const tenant = exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'));
				state = exchangeGetGroup(ctx.state, tenant, ctx.fromQuery('groupid') ?? '').requireSenderAuthenticationEnabled !== false;
			}
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			state = true;
		}
		return { status: 200, body: { allowedToReceiveExternal: !state } };
	},
};

export const endpoints: Endpoint[] = [ExecGroupsHideFromGAL, ExecGroupsDeliveryManagement, ListGroupSenderAuthentication];
