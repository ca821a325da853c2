import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyExcluded: CippOperation = {
	resource: 'license',
	value: 'getManyExcluded',
	name: 'Get Many Excluded',
	action: "Get many licences excluded in CIPP's settings",
	description:
		'List the SKUs CIPP leaves out of its licence views or only out of its alerts, one item each with GUID (skuId), Product_Display_Name, ExclusionType and ShowInLicenseDropdown',
	...reads('ListExcludedLicenses', 'CIPP.AppSettings.Read'),
	list: true,
	parameters: [],
	output: records,
};
