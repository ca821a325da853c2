import type { IDataObject } from 'n8n-workflow';

import { isFailure, readResults } from '../../transport/envelope';
import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, OutputContext, Validator } from '../types';

const EXAMPLE = '[{"SerialNumber": "5CG1234XYZ", "oemManufacturerName": "HP", "modelName": "HP EliteBook 840 G10"}]';
const IDENTIFIERS = ['hardwareHash', 'SerialNumber', 'productKey'];

/** Partner Center needs a hardware hash, a serial number (with maker and model) or a product key per device. */
const devices: Validator = (value, check) =>
	validate.parsedJsonWhere(
		value,
		check,
		EXAMPLE,
		(list) =>
			Array.isArray(list) &&
			list.length > 0 &&
			list.every((device) => isRecord(device) && IDENTIFIERS.some((key) => String(device[key] ?? '').trim() !== '')),
		'Devices must be a non-empty JSON list, each device with hardwareHash, SerialNumber or productKey.',
		`Enter e.g. ${EXAMPLE}.`,
	);

/** One result per device ("<serial>: <status>"): any device Partner Center refused fails the item. */
function imported(response: unknown, context: OutputContext): IDataObject[] {
	const results = readResults(response).filter((result) => result.text !== '');
	const failed = results.filter(isFailure);
	if (results.length === 0 || failed.length > 0) context.fail(failed.map((result) => result.text).join(' ') || 'CIPP returned no result.');
	return [{ status: 'success', message: results.map((result) => result.text).join(' '), devices: results.map((result) => result.text) }];
}

export const importAutopilotDevices: CippOperation = {
	resource: 'intune',
	value: 'importAutopilotDevices',
	name: 'Import Autopilot Devices',
	action: 'Register devices for Windows Autopilot',
	description:
		'Register devices for Windows Autopilot in a customer tenant through Partner Center (as a device batch), one status per device. CIPP waits a few seconds for Partner Center; a slow import fails the item although it may still finish.',
	...writes('AddAPDevice', 'Endpoint.Autopilot.ReadWrite'),
	parameters: [
		{ ...tenantParameter('body'), send: { name: 'TenantFilter', in: 'body', encoding: 'labelValue' } },
		{
			property: {
				displayName: 'Devices',
				name: 'devices',
				type: 'json',
				required: true,
				default: '',
				description: `The devices, each with hardwareHash, or SerialNumber with oemManufacturerName and modelName, or productKey, e.g. ${EXAMPLE}`,
			},
			send: { name: 'autopilotData', in: 'body', encoding: 'json' },
			validate: devices,
		},
		additionalFields([
			text(
				'Batch Name',
				'groupName',
				'The Partner Center device batch to add the devices to (created if new; default: a new random name)',
				'Groupname',
				{ placeholder: 'e.g. Contoso-2026-12' },
			),
		]),
	],
	output: imported,
};
