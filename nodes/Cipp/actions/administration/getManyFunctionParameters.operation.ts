import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery, text } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyFunctionParameters: CippOperation = {
	resource: 'administration',
	value: 'getManyFunctionParameters',
	name: 'Get Many Schedulable Commands',
	action: 'Get many commands a scheduled task can run',
	description:
		'List the CIPP PowerShell commands a scheduled task may run, one item per command with its synopsis and parameters (name, type, required)',
	...reads('ListFunctionParameters', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		additionalFields([
			text(
				'Module',
				'module',
				'Only commands of this module (CIPPCore by default, or ExchangeOnlineManagement for Exchange cmdlets)',
				inQuery('Module'),
				{ placeholder: 'e.g. ExchangeOnlineManagement' },
			),
			flag(
				'Compliance',
				'compliance',
				'Whether to list Security & Compliance cmdlets (with module ExchangeOnlineManagement)',
				inQuery('Compliance'),
				true,
			),
		]),
	],
	output: records,
};
