import { writes } from '../common/endpoints';
import { choiceField, requiredLine, requiredParameter } from '../common/fields';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

/** The checks: a non-empty list of check objects, each with its name. */
const checks: Validator = (value, check) =>
	validate.parsedJsonWhere(
		value,
		check,
		'[{"name": "SecureDefaultState", "UseExistingInfo": false}]',
		(parsed) => Array.isArray(parsed) && parsed.length > 0 && parsed.every((entry) => isRecord(entry) && typeof entry.name === 'string'),
		'expected a list of checks, each an object with its name.',
		'Copy the Data of a template from Standard → Get Many BPA Templates.',
	);

export const createBpaTemplate: CippOperation = {
	resource: 'standard',
	value: 'createBpaTemplate',
	name: 'Create BPA Template',
	action: 'Create or replace a Best Practice Analyser template',
	description: 'Save a Best Practice Analyser template (a report of checks); a custom template of the same name is replaced whole',
	...writes('AddBPATemplate', 'Tenant.BestPracticeAnalyser.ReadWrite'),
	parameters: [
		requiredLine('Name', 'name', 'The report name; also its ID', 'name', { placeholder: 'e.g. Security Checks' }),
		choiceField('Style', 'style', 'How the report shows its results', 'style', 'Table', [
			{ name: 'Table', value: 'Table', description: 'One row per tenant' },
			{ name: 'Tenant', value: 'Tenant', description: 'One page per tenant' },
		]),
		requiredParameter(
			{
				displayName: 'Checks (JSON)',
				name: 'checks',
				type: 'json',
				default: '[]',
				description: 'The checks, as in Data of Standard → Get Many BPA Templates',
			},
			{ name: 'Fields', in: 'body', encoding: 'json', validate: checks },
		),
	],
	output: actionResult(),
};
