import { recordParameter } from '../common/pickers';
import type { CippParameter } from '../types';

/** A Report Builder template, picked or typed by GUID. */
export function reportTemplateParameter(name: string, description: string): CippParameter {
	return recordParameter(
		{
			displayName: 'Template ID',
			name: 'templateId',
			description,
			searchListMethod: 'searchReportBuilderTemplates',
			placeholder: 'Select a template...',
		},
		{ name, in: 'body' },
	);
}
