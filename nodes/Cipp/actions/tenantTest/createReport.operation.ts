import { writes } from '../common/endpoints';
import { additionalFields, requiredText, text, textField } from '../common/fields';
import * as validate from '../common/validators';
import { parsedAction } from '../shared/tenantTest';
import type { CippOperation } from '../types';

const tests = (displayName: string, name: string, placeholder: string) =>
	text(displayName, name, 'Test IDs, separated by commas', { name, in: 'body', encoding: 'stringList' }, { placeholder: placeholder });

export const createReport: CippOperation = {
	resource: 'tenantTest',
	value: 'createReport',
	name: 'Create Report',
	action: 'Create or replace a custom test report',
	description:
		'Save a custom test report: a named set of tests; the item carries its reportId. With Report ID, CIPP replaces that report whole: tests not given are removed.',
	...writes('AddTestReport', 'CIPP.Dashboard.Read'),
	parameters: [
		// CIPP's OpenAPI types name as a list; CIPP reads it as text ([string]), which a one-entry list becomes.
		requiredText(
			{ displayName: 'Name', name: 'name', placeholder: 'e.g. Quarterly review' },
			{ name: 'name', in: 'body', encoding: 'json', validate: (value, check) => [validate.text(value, check)] },
		),
		additionalFields([
			tests('Custom Tests', 'CustomTests', 'e.g. CustomScript-2b5c9a7e-...'),
			textField({ displayName: 'Description', name: 'description' }, { name: 'description', in: 'body', validate: validate.longText }),
			tests('Device Tests', 'DevicesTests', 'e.g. CIS_1_1_1'),
			tests('Identity Tests', 'IdentityTests', 'e.g. ZTNA21772'),
			text('Report ID', 'reportId', 'The custom report to replace whole (id from Get Many Reports)', {
				name: 'ReportId',
				in: 'body',
				validate: validate.guid,
			}),
		]),
	],
	output: parsedAction({ ReportId: 'reportId' }),
};
