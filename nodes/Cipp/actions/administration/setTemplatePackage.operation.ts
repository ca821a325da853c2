import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import { templatePackageGuids } from '../shared/administration';
import type { CippOperation } from '../types';

export const setTemplatePackage: CippOperation = {
	resource: 'administration',
	value: 'setTemplatePackage',
	name: 'Set Template Package',
	action: 'Tag CIPP templates with a package name',
	description: "Tag one or more of CIPP's templates (Intune, conditional access, ...) with a package name, replacing any tag they had",
	...writes('ExecSetPackageTag', 'CIPP.Core.ReadWrite'),
	parameters: [
		templatePackageGuids,
		requiredText(
			{
				displayName: 'Package',
				name: 'packageName',
				placeholder: 'e.g. Baseline',
				description: 'The package name to tag the templates with',
			},
			{ name: 'Package', in: 'body' },
		),
	],
	output: actionResult(),
};
