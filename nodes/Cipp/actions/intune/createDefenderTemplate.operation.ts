import { additionalFields, requiredText, text } from '../common/fields';
import { defenderOperation } from '../shared/defender';

export const createDefenderTemplate = defenderOperation({
	value: 'createDefenderTemplate',
	name: 'Create Defender Template',
	action: 'Create Intune templates from Defender settings',
	description:
		'Save one CIPP Intune template per section given, named "Name - AV Policy", "- ASR Policy", "- EDR Policy" or "- AV Exclusion Policy"',
	endpoint: 'AddDefenderTemplate',
	before: [
		requiredText(
			{ displayName: 'Name', name: 'templateName', description: 'The prefix of the template names' },
			{ name: 'templateName', in: 'body' },
		),
	],
	sections: ['Policy', 'ASR', 'EDR', 'Exclusion'],
	after: [additionalFields([text('Package', 'package', 'The template package to file the templates under', 'package')])],
});
