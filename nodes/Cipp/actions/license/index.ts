import { operationSelector as selectorFor } from '../common/descriptions';
import { changeCspLicense } from './changeCspLicense.operation';
import { changeLicenses } from './changeLicenses.operation';
import { getMany } from './getMany.operation';
import { getManyCspSkus } from './getManyCspSkus.operation';
import { getManyExcluded } from './getManyExcluded.operation';
import { getReport } from './getReport.operation';
import { manageExclusion } from './manageExclusion.operation';
import { reprocessUserLicenses } from './reprocessUserLicenses.operation';

export const resource = { name: 'License', value: 'license' };

export const operations = [
	getMany,
	getReport,
	changeLicenses,
	reprocessUserLicenses,
	getManyCspSkus,
	changeCspLicense,
	getManyExcluded,
	manageExclusion,
];

export const operationSelector = selectorFor('license', operations, 'getAll');
