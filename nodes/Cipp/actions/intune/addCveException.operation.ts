import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choiceField, choices, requiredLine, shownWhen, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord } from '../common/readers';
import * as validate from '../common/validators';
import { cveIdParameter } from '../shared/intune';
import type { CippOperation, OutputContext } from '../types';

/** CIPP's success text contains "exception", which the generic failure check would take for an error: its counts decide instead. */
function applied(response: unknown, context: OutputContext): IDataObject[] {
	const body = isRecord(response) ? response : {};
	const text = typeof body.Results === 'string' ? body.Results : '';
	if (!text.startsWith('Successfully applied exception')) context.fail(text || 'CIPP returned no result.');
	if (body.TenantsAffected === 0) context.fail(`${text}, but to no tenant: no tenant is affected by this CVE.`);
	const { TenantsAffected, ExceptionsAdded, ExceptionsUpdated, Details } = body;
	return [
		{
			status: 'success',
			message: text,
			tenantsAffected: TenantsAffected,
			added: ExceptionsAdded,
			updated: ExceptionsUpdated,
			details: Details,
		},
	];
}

export const addCveException: CippOperation = {
	resource: 'intune',
	value: 'addCveException',
	name: 'Add CVE Exception',
	action: 'Add a CIPP exception for a CVE',
	description:
		'Record in CIPP that a CVE is accepted (or otherwise excepted) for one tenant, every affected tenant, or all tenants; an existing exception is replaced',
	...writes('ExecAddCippCveException', 'Security.Alert.ReadWrite'),
	parameters: [
		cveIdParameter,
		choiceField(
			'Apply To',
			'applyTo',
			'Where the exception holds. Every Affected Tenant fails with HTTP 500 on CIPP versions whose lookup of affected tenants is broken.',
			'applyTo',
			'CurrentTenant',
			choices({ 'All Tenants (Global)': 'Global', 'Every Affected Tenant': 'AllAffected', 'One Tenant': 'CurrentTenant' }),
		),
		// CIPP keeps a tenant's exception under its default domain (Get Many CVEs matches it that way).
		shownWhen({ applyTo: ['CurrentTenant'] }, tenantParameter('body', { defaultDomainOnly: true })),
		requiredLine('Exception Type', 'exceptionType', 'The kind of exception, shown in Get Many CVEs', 'exceptionType', {
			placeholder: 'e.g. Risk Accepted',
		}),
		requiredLine(
			'Justification',
			'justification',
			'Why the CVE is excepted',
			{ name: 'justification', in: 'body', validate: validate.longText },
			{ placeholder: 'e.g. Legacy viewer, isolated network' },
		),
		additionalFields([
			text('Expiry Date', 'expiryDate', 'Shown with the exception only: CIPP does not remove it when the date passes', 'expiryDate', {
				placeholder: 'e.g. 2026-12-31',
			}),
		]),
	],
	output: applied,
};
