/** CIPP's custom data (directory extensions and mappings), all behind one endpoint: ExecCustomData with an Action switch. */
import type { IDataObject } from 'n8n-workflow';

import { choiceField, requiredGuid, requiredLine, requiredText, sameNamed } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, Validator } from '../types';
import { errorRowRecords } from './administration';

type CustomDataSpec = Pick<CippOperation, 'value' | 'name' | 'action' | 'description' | 'parameters'> & {
	/** CIPP's Action switch (Invoke-ExecCustomData). */
	cippAction: string;
	/** `list`: one item per record; `get`: the record; `write`: CIPP's `{Results: {state, resultText}}`. */
	kind: 'list' | 'get' | 'write';
};

/**
 * One ExecCustomData action as an operation: always a POST (CIPP reads Action from the query or the body), role AppSettings.
 * Every failure of ExecCustomData is an HTTP 200 row with state error, which fails the item.
 */
export function customDataOperation({ cippAction, kind, ...spec }: CustomDataSpec): CippOperation {
	return {
		resource: 'administration',
		...spec,
		endpoint: 'ExecCustomData',
		method: 'POST',
		access: kind === 'write' ? 'write' : 'read',
		role: 'CIPP.AppSettings.ReadWrite',
		constants: { body: { Action: cippAction } },
		...(kind === 'list' ? { list: true } : {}),
		output: kind === 'write' ? actionResult() : errorRowRecords,
	};
}

/** Graph's directory object kinds an extension property can target. */
export const EXTENSION_TARGETS = ['User', 'Group', 'Device', 'Application', 'AdministrativeUnit', 'Organization'];

const targetList: Validator = (value, check) => {
	const targets = validate.listOf(value);
	const unknown = targets.filter((target) => !EXTENSION_TARGETS.includes(target));
	if (targets.length === 0 || unknown.length > 0)
		validate.invalid(
			check,
			`"${unknown.join(', ')}" is not a directory object kind.`,
			`Enter one or more of ${EXTENSION_TARGETS.join(', ')}.`,
		);
	return targets;
};

/** The kinds of directory object an extension applies to (Graph's targetObjects, a list). */
export const extensionTargets: CippParameter = requiredText(
	{
		displayName: 'Target Objects',
		name: 'targetObjects',
		placeholder: 'e.g. User, Group',
		description: 'Object kinds, separated by commas: ' + EXTENSION_TARGETS.join(', '),
	},
	{ name: 'targetObjects', in: 'body', encoding: 'stringList', validate: targetList },
);

/** Options named as their values (Graph's type and status names). */

/** Graph's data types of an extension property. */
export const extensionDataType: CippParameter = choiceField(
	'Data Type',
	'dataType',
	'The type of value the extension holds',
	'dataType',
	'String',
	sameNamed(['String', 'Integer', 'LargeInteger', 'Boolean', 'DateTime', 'Binary']),
);

/** A custom data mapping's ID (CIPP's CustomDataMappings RowKey), as Get Many Custom Data Mappings lists it. */
export const mappingId = (send: 'query' | 'body'): CippParameter =>
	requiredGuid(
		'Mapping ID',
		'mappingId',
		'The id of the mapping, as Get Many Custom Data Mappings lists it',
		{ name: 'id', in: send },
		'e.g. b1d2c3e4-0001-4a00-8000-000000000001',
	);

/** The fields CIPP's list and sync read from a stored mapping (Invoke-ListCustomDataMappings.ps1 :30-39). */
export const MAPPING_KEYS = ['tenantFilter', 'sourceType', 'directoryObjectType', 'customDataAttribute'];

const MAPPING_EXAMPLE =
	'{"tenantFilter": {"label": "Contoso", "value": "contoso.onmicrosoft.com"}, "sourceType": {"label": "Manual Entry", "value": "manualEntry"}, "directoryObjectType": {"label": "User", "value": "user"}, "customDataAttribute": {"label": "extension_..._costCentre", "value": "extension_..._costCentre"}, "manualEntryFieldLabel": "Cost centre"}';

/** A mapping as CIPP's front end saves it: a JSON object with at least the tenant, source, object type and attribute. */
export const mappingObject: Validator = (value, check) => {
	const parsed = validate.jsonObject(MAPPING_EXAMPLE, 'the mapping')(value, check) as IDataObject;
	const missing = MAPPING_KEYS.filter((key) => parsed[key] === undefined || parsed[key] === null || parsed[key] === '');
	if (missing.length > 0) validate.invalid(check, `the mapping has no ${missing.join(', ')}.`, `Enter e.g. ${MAPPING_EXAMPLE}.`);
	return parsed;
};

/** A schema extension CIPP owns, by its ID as Get Many Schema Extensions lists it (CIPP matches its short name in it). */
export const schemaExtensionId: CippParameter = requiredLine(
	'Schema Extension ID',
	'schemaExtensionId',
	'The ID, as Get Many Schema Extensions lists it',
	'id',
	{ placeholder: 'e.g. extj8xolrvw_cippUser', check: validate.matching(/^[A-Za-z0-9_]+$/, 'extj8xolrvw_cippUser (letters, digits, _)') },
);

const SCHEMA_EXAMPLE =
	'{"id": "contractInfo", "description": "Contract data", "targetTypes": ["User"], "properties": [{"name": "endDate", "type": "DateTime"}]}';

/** A schema extension definition as Graph takes it: a short id, target types and at least one {name, type} property. */
export const schemaDefinition: Validator = (value, check) => {
	const parsed = validate.jsonObject(SCHEMA_EXAMPLE, 'the definition')(value, check) as IDataObject;
	const properties = parsed.properties;
	const valid =
		typeof parsed.id === 'string' &&
		/^[A-Za-z][A-Za-z0-9]{1,29}$/.test(parsed.id) &&
		Array.isArray(parsed.targetTypes) &&
		parsed.targetTypes.length > 0 &&
		Array.isArray(properties) &&
		properties.length > 0 &&
		properties.every(
			(property) => typeof (property as IDataObject)?.name === 'string' && typeof (property as IDataObject)?.type === 'string',
		);
	if (!valid)
		validate.invalid(
			check,
			'the definition needs an id (letters and digits), targetTypes and properties [{name, type}].',
			`Enter e.g. ${SCHEMA_EXAMPLE}.`,
		);
	return parsed;
};
