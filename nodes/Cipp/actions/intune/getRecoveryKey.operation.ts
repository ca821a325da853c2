import type { IDataObject } from 'n8n-workflow';

import { isFailure, readResults } from '../../transport/envelope';
import { choiceField, choices, requiredGuid } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { withoutSecret } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

/** One item per key: a device has a BitLocker key per encrypted volume. */
function recoveryKeyOutput(response: unknown, context: OutputContext): IDataObject[] {
	const results = readResults(response).filter((result) => result.text !== '');
	const failed = results.filter(isFailure);
	if (results.length === 0 || failed.length > 0) context.fail(failed.map((result) => result.text).join(' ') || 'CIPP returned no result.');
	return results.map((result) => ({
		deviceId: context.values.deviceId,
		keyType: context.values.keyType,
		status: result.copyField === undefined ? 'notFound' : 'success',
		message: withoutSecret(result.text, result.copyField, '[see copyField]'),
		...(result.copyField === undefined ? {} : { copyField: result.copyField }),
	}));
}

export const getRecoveryKey: CippOperation = {
	resource: 'intune',
	value: 'getRecoveryKey',
	name: 'Get Recovery Key',
	action: "Get a device's BitLocker or FileVault recovery key",
	description:
		'Return the BitLocker recovery keys (one item per key) or the FileVault key of a device in clear text, in copyField. CIPP records the retrieval in its audit log.',
	endpoint: 'ExecGetRecoveryKey',
	method: 'POST',
	access: 'read',
	role: 'Endpoint.Device.Read',
	parameters: [
		tenantParameter('body'),
		choiceField(
			'Key Type',
			'keyType',
			'BitLocker (Windows) or FileVault (macOS)',
			'RecoveryKeyType',
			'BitLocker',
			choices({ BitLocker: 'BitLocker', FileVault: 'FileVault' }),
		),
		requiredGuid(
			'Device ID',
			'deviceId',
			'For BitLocker the Entra device ID (azureADDeviceId), for FileVault the Intune device ID, both from Intune → Get Many Devices',
			'GUID',
			'e.g. 4eef487f-6538-4f41-a732-6f08f503cc8e',
		),
	],
	output: recoveryKeyOutput,
};
