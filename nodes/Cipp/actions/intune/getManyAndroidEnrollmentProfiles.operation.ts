import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyAndroidEnrollmentProfiles: CippOperation = {
	resource: 'intune',
	value: 'getManyAndroidEnrollmentProfiles',
	name: 'Get Many Android Enrollment Profiles',
	action: 'Get many Android Enterprise enrollment profiles',
	description:
		'List the Android Enterprise corporate-owned enrollment profiles of a customer tenant, one item each with enrollmentMode, its token and QR code',
	...reads('ListAndroidEnrollmentProfiles', 'Endpoint.Autopilot.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: resultRecords,
};
