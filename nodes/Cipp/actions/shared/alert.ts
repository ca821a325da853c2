import type { INodeProperties } from 'n8n-workflow';

import { tenantParameter } from '../common/pickers';

/** The scripted alert's command, as CIPP names its snoozes (the webhook's snooze.cmdletName). */
export const cmdletNameProperty: INodeProperties = {
	displayName: 'Alert Command',
	name: 'cmdletName',
	type: 'string',
	default: '',
	placeholder: 'e.g. Get-CIPPAlertMFAAdmins',
	description: "The scripted alert's command (CmdletName in Get Many Results, snooze.cmdletName in the alert webhook)",
};

/** CIPP keeps alert findings and snoozes by the tenant's default domain: a tenant ID would match nothing. */
export const alertTenant = (where: 'query' | 'body', name = 'tenantFilter') => tenantParameter(where, { name, defaultDomainOnly: true });

/** The Graph audit-log search (its ID), from Get Many Audit Log Searches. */
export const searchIdProperty: INodeProperties = {
	displayName: 'Search ID',
	name: 'searchId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
	description: 'The audit-log search (its ID), from Create Audit Log Search or Get Many Audit Log Searches',
};
