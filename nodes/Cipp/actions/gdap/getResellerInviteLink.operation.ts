import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { isRecord } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

/** CIPP answers HTTP 200 even when Partner Center refused: inviteUrl is then null and inviteUrlError says why. */
function inviteLink(response: unknown, context: OutputContext): IDataObject[] {
	const body = isRecord(response) ? response : {};
	if (!body.inviteUrl && typeof body.inviteUrlError === 'string') context.fail(body.inviteUrlError);
	return [body];
}

export const getResellerInviteLink: CippOperation = {
	resource: 'gdap',
	value: 'getResellerInviteLink',
	name: 'Get Reseller Invite Link',
	action: 'Get the Partner Center reseller invite link',
	description:
		'Get the Partner Center link a new customer accepts to make you their reseller (inviteUrl), and your indirect providers (indirectProviders)',
	...reads('ListResellerRelationshipLink', 'Tenant.Relationship.Read'),
	parameters: [],
	output: inviteLink,
};
