import { writes } from '../common/endpoints';
import { additionalFields, requiredParameter, requiredLine, requiredText, text, textField } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

const EXAMPLE = '[{"name": "Pilot", "standards": ["AuditLog", {"standard": "DisableBasicAuthSMTP", "variables": {}}]}]';

/** Stages in order: each an object with its name and its standards (names, or objects with standard or instance). */
const stages: Validator = (value, check) => {
	const valid = (stage: unknown) =>
		isRecord(stage) && typeof stage.name === 'string' && Array.isArray(stage.standards) && stage.standards.length > 0;
	return validate.parsedJsonWhere(
		value,
		check,
		EXAMPLE,
		(parsed) => Array.isArray(parsed) && parsed.length > 0 && parsed.every(valid),
		'expected a list of stages, each with its name and at least one standard.',
		`Enter e.g. ${EXAMPLE}.`,
	);
};

const domain = validate.tenant({ allowAllTenants: false, defaultDomainOnly: true });

/** Default domains, AllTenants or tenant group IDs: CIPP keys a baseline's rows by them. */
const assignments: Validator = (value, check) => {
	const list = validate.listOf(value).map((entry) => {
		if (entry.toLowerCase() === 'alltenants') return 'AllTenants';
		return validate.isGuid(entry) ? entry.toLowerCase() : (domain(entry, { ...check, access: 'read' }) as string);
	});
	if (list.length === 0) validate.invalid(check, 'no tenant was given.', 'Enter default domains, tenant group IDs or AllTenants.');
	return list;
};

const excluded: Validator = (value, check) => validate.listOf(value).map((entry) => domain(entry, { ...check, access: 'read' }) as string);

const read = actionResult();

export const createBaseline: CippOperation = {
	resource: 'standard',
	value: 'createBaseline',
	name: 'Create Baseline',
	action: 'Create or replace a baseline',
	description:
		'Save a baseline: its stages of standards and the tenants or tenant groups it applies to; the item carries its baselineId. With Baseline ID, CIPP replaces that baseline whole: every stage, standard and setting not given is gone.',
	...writes('AddBaseline', 'Tenant.Standards.ReadWrite'),
	parameters: [
		requiredText(
			{ displayName: 'Baseline Name', name: 'templateName', placeholder: 'e.g. Secure Score Baseline' },
			{ name: 'templateName', in: 'body' },
		),
		requiredLine(
			'Tenants',
			'assignedTenants',
			'Default domains, tenant group IDs or AllTenants, separated by commas',
			{ name: 'assignedTenants', in: 'body', encoding: 'stringList', validate: assignments },
			{ placeholder: 'e.g. contoso.onmicrosoft.com, AllTenants' },
		),
		requiredParameter(
			{
				displayName: 'Stages (JSON)',
				name: 'stages',
				type: 'json',
				default: '[]',
				description:
					'The stages in order, each with its name, standards and optional logic and conditions, as Get Many Baselines lists them',
			},
			{ name: 'stages', in: 'body', encoding: 'json', validate: stages },
		),
		additionalFields([
			textField({ displayName: 'Description', name: 'description' }, { name: 'description', in: 'body' }, validate.longText),
			text(
				'Excluded Tenants',
				'excludedTenants',
				'Default domains to leave out, separated by commas',
				{ name: 'excludedTenants', in: 'body', encoding: 'labelValueList' },
				{ placeholder: 'e.g. fabrikam.onmicrosoft.com', check: excluded },
			),
			text('Alert Emails', 'alertEmails', 'Where drift alerts are mailed', 'alertEmails', { placeholder: 'e.g. soc@msp.com' }),
			text('Alert Webhook URL', 'alertWebhookUrl', 'Where drift alerts are posted', 'alertWebhookUrl'),
			text('Baseline ID', 'baselineId', 'The baseline to replace whole, by its GUID (Standard → Get Many Baselines)', 'GUID', {
				check: validate.guid,
			}),
		]),
	],
	output: (response, context) => {
		const metadata = isRecord(response) && isRecord(response.Metadata) ? response.Metadata : {};
		return read(response, context).map((item) => ({ ...item, baselineId: metadata.id ?? null, deltas: metadata.deltas ?? null }));
	},
};
