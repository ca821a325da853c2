import { writes } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

/** What CIPP's XmlConvert.ToTimeSpan takes: days, hours, minutes and seconds (an ISO week, P4W, is refused). */
const DURATION = /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export const setJitAdminMaxDuration: CippOperation = {
	resource: 'administration',
	value: 'setJitAdminMaxDuration',
	name: 'Set JIT Admin Max Duration',
	action: 'Set the longest time a just-in-time admin may be given',
	description: 'Set the longest time CIPP lets a just-in-time admin last, as an ISO 8601 duration such as PT8H or P7D',
	...writes('ExecJITAdminSettings', 'CIPP.AppSettings.ReadWrite'),
	parameters: [
		requiredText(
			{
				displayName: 'Max Duration',
				name: 'maxDuration',
				placeholder: 'e.g. PT8H',
				description: 'ISO 8601 duration in days, hours and minutes, e.g. PT4H, P1D, P28D (weeks such as P4W are refused by CIPP)',
			},
			{ name: 'MaxDuration', in: 'body', encoding: 'labelValue', validate: validate.matching(DURATION, 'PT4H, P1D or P28D') },
		),
	],
	constants: { body: { Action: 'Set' } },
	output: actionResult(),
};
