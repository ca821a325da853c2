import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { templatePackageGuids } from '../shared/administration';
import type { CippOperation } from '../types';

export const removeTemplatePackage: CippOperation = {
	resource: 'administration',
	value: 'removeTemplatePackage',
	name: 'Remove Template Package',
	action: 'Remove the package tag of CIPP templates',
	description: "Remove the package tag from one or more of CIPP's templates",
	...writes('ExecSetPackageTag', 'CIPP.Core.ReadWrite'),
	parameters: [templatePackageGuids],
	constants: { body: { Remove: true } },
	output: actionResult(),
};
