/**
 * Invoke-ExecSendOrgMessage (Tenant/Administration/Tenant): POSTs an organizational message to
 * Graph beta for a group, from now for a year, with CIPP's fixed logo. Graph's failure is answered
 * HTTP 403 with the normalized error (:103-107); success is the created message in a list (:108-111).
 */
import { randomUUID } from 'node:crypto';

import { perSandbox } from '../../../directory';
import { GraphError, normalizeGraphError } from '../../../graph';
import { omit } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { intuneTenant } from './data';

/** The guided content IDs CIPP sends per type (:15-45); getStarted sends none (:46-77). */
const GUIDED_CONTENT: Record<string, string> = {
	taskbar: '844ec9d0-dd31-459c-a1e7-21fb1b39d5da',
	notification: '1ff7c7e7-128c-4e18-a926-bdac4e906ea1',
};
const FREQUENCIES = ['weeklyOnce', 'monthlyOnce', 'monthlyTwice'];

export interface OrgMessage extends Record<string, unknown> {
	id: string;
	tenantId: string;
}

/** The organizational messages created per tenant (Graph's deviceManagement/organizationalMessageDetails). */
export const orgMessages = perSandbox((): OrgMessage[] => []);

export const ExecSendOrgMessage: Endpoint = {
	name: 'ExecSendOrgMessage',
	role: 'Tenant.Directory.ReadWrite',
	handle(ctx) {
		try {
			const tenant = intuneTenant(ctx.state, ctx.fromQuery('TenantFilter'), { authCheck: false });
			const type = psString(ctx.fromQuery('type'));
			const frequency = psString(ctx.fromQuery('freq'));
			const url = psString(ctx.fromQuery('URL'));
			const contentId = GUIDED_CONTENT[type] ?? '';
			if (!contentId) throw new GraphError("Invalid guidedContentId ''.");
			if (!FREQUENCIES.includes(frequency))
				throw new GraphError(`Cannot convert the literal '${frequency}' to the expected type 'organizationalMessageFrequency'.`);
			if (!url) throw new GraphError('The clickUrl of the placement is required.');
			const start = new Date();
			const end = new Date(start);
			end.setFullYear(start.getFullYear() + 1);
			const message: OrgMessage = {
				id: randomUUID(),
				tenantId: tenant.customerId,
				startDateTime: start.toISOString(),
				endDateTime: end.toISOString(),
				frequency,
				status: 'scheduled',
				targeting: { targetingType: 'aadGroup', includeIds: [psString(ctx.fromQuery('ID'))] },
				content: {
					guidedContentId: contentId,
					placementDetails: [{ placement: 'default', variants: [{ localizedTexts: [{ locale: 'invariant', text: { clickUrl: url } }] }] }],
					logoInfo: { contentType: 'png', logoCdnUrl: 'https://hulpnu.nl/tools/Red.jpg' },
				},
			};
			orgMessages(ctx.state).push(message);
			return { status: 200, body: [omit(message, 'tenantId')] };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};
