import type { IDataObject } from 'n8n-workflow';

import { requiredText, upnParameter } from '../common/fields';
import { isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippParameter, OutputContext, Validator } from '../types';

/** The person's sign-in address CIPP keeps them under (allowedUsers RowKey): shared by Save and Delete CIPP User. */
export const cippUserUpn: CippParameter = upnParameter(
	{ name: 'UPN', in: 'body' },
	{ name: 'cippUserUpn', description: "The person's sign-in address, as CIPP lists it under Get Many CIPP Users" },
);

const templateGuids: Validator = (value, check) => {
	const guids = validate.listOf(value).map((entry) => validate.guid(entry, check) as string);
	if (guids.length === 0)
		validate.invalid(check, 'no template GUID was given.', 'Enter the GUID of one template or more, separated by commas.');
	return guids;
};

/** GUIDs of CIPP templates (any kind), from a list or text separated by commas: shared by Set and Remove Template Package. */
export const templatePackageGuids: CippParameter = requiredText(
	{ displayName: 'Template IDs', name: 'templateIds', description: 'GUIDs of the templates (any kind), separated by commas' },
	{ name: 'GUID', in: 'body', encoding: 'stringList', validate: templateGuids },
);

/** Answers that are one plain object (settings), not CIPP's `{Results}` envelope: the object as one item. */
export function settingsRecord(response: unknown, context: OutputContext): IDataObject[] {
	if (isRecord(response) && typeof response.Results === 'string') context.fail(response.Results);
	return [isRecord(response) ? response : { value: response as IDataObject[string] }];
}

/** CIPP's `{Results: [{resultText, state}]}` lists with no records: a row with state error fails the item. */
export function unlessErrorRow(response: unknown, context: OutputContext): void {
	const rows = isRecord(response) && Array.isArray(response.Results) ? response.Results : [];
	const errors = rows.filter((row) => isRecord(row) && row.state === 'error' && typeof row.resultText === 'string');
	if (errors.length > 0) context.fail(errors.map((row) => String((row as IDataObject).resultText)).join(' '));
}
