import type { IDataObject } from 'n8n-workflow';

import { readResults } from '../../transport/envelope';
import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { isRecord } from '../common/readers';
import { secretFields, secretOutputOf, secretOutputParameter } from '../common/secrets';
import * as validate from '../common/validators';
import type { CippOperation, OutputContext, Validator, ValueCheck } from '../types';

/** The Graph user properties a row may carry; CIPP copies any other property into Graph's user body as given (:76-83). */
const PROFILE =
	'givenName surname jobTitle department companyName officeLocation employeeId mobilePhone businessPhones streetAddress city state postalCode country'.split(
		' ',
	);
const ALLOWED = new Set(['mailNickName', 'domain', 'displayName', ...PROFILE]);
const NICKNAME = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$/;

function checkRow(row: unknown, index: number, check: ValueCheck): IDataObject {
	const at = `user ${index + 1}`;
	if (!isRecord(row))
		return validate.invalid(
			check,
			`${at} is not an object.`,
			'Give a list of objects such as {"mailNickName": "jane.doe", "domain": "contoso.com", "displayName": "Jane Doe"}.',
		);
	const unknown = Object.keys(row).filter((key) => !ALLOWED.has(key));
	if (unknown.includes('password')) {
		validate.invalid(
			check,
			`${at} has a password.`,
			'Leave passwords out: CIPP generates one per user and the output gives it as Password Output says.',
		);
	}
	if (unknown.length)
		validate.invalid(
			check,
			`${at} has fields CIPP would pass to Microsoft Graph unchecked: ${unknown.join(', ')}.`,
			`Use only: ${[...ALLOWED].join(', ')}.`,
		);
	const text = (key: string): string => {
		if (row[key] === undefined || row[key] === null || String(row[key]).trim() === '') return '';
		return String(validate.text(row[key], { ...check, field: `${check.field} (${at}.${key})` }));
	};
	const nickname = text('mailNickName');
	if (!NICKNAME.test(nickname))
		validate.invalid(
			check,
			`${at} has no valid mailNickName ("${nickname}").`,
			'Give the part of the user principal name before the @, e.g. jane.doe.',
		);
	const domain = String(validate.tenant({ allowAllTenants: false })(row.domain, { ...check, field: `${check.field} (${at}.domain)` }));
	if (validate.isGuid(domain))
		validate.invalid(check, `${at} has a tenant ID as domain.`, 'Give a verified domain of the tenant, e.g. contoso.com.');
	if (!text('displayName') && !text('givenName') && !text('surname'))
		validate.invalid(check, `${at} has no name.`, 'Give displayName, or givenName and surname.');
	return Object.fromEntries(
		Object.keys(row)
			.map((key) => [key, text(key)])
			.filter(([, value]) => value !== ''),
	);
}

/** The users as CIPP's BulkUser rows, each checked, no user principal name twice. */
const bulkUsers: Validator = (value, check) => {
	const parsed = validate.parsedJson(value, check, '[{"mailNickName": "jane.doe", "domain": "contoso.com", "displayName": "Jane Doe"}]');
	const rows = (Array.isArray(parsed) ? parsed : [parsed]).map((row, index) => checkRow(row, index, check));
	if (rows.length === 0) validate.invalid(check, 'the list is empty.', 'Give at least one user.');
	const upns = rows.map((row) => `${String(row.mailNickName)}@${String(row.domain)}`.toLowerCase());
	const twice = upns.find((upn, index) => upns.indexOf(upn) !== index);
	if (twice) validate.invalid(check, `${twice} is in the list twice.`, 'Give each user once.');
	return rows;
};

/**
 * One item per user CIPP reports on (HTTP 200 for all): created users with their user principal
 * name and password (as Password Output says), failed ones with CIPP's reason. Only when no user
 * was created does the item fail; running it again would try the created ones a second time.
 */
function createManyOutput(response: unknown, context: OutputContext): IDataObject[] {
	const results = readResults(response);
	const rows = (isRecord(response) && Array.isArray(response.Results) ? response.Results : []) as IDataObject[];
	if (!results.some((result) => result.state === 'success'))
		context.fail(results.map((result) => result.text).join(' ') || 'CIPP returned no result.');
	const mode = secretOutputOf(context.values);
	return results.map((result, index) => {
		if (result.state !== 'success') return { status: 'failed', message: result.text };
		return {
			status: 'success',
			userPrincipalName: rows[index]?.username ?? null,
			message: result.text,
			...secretFields(result.copyField, mode, 'password'),
		};
	});
}

export const createMany: CippOperation = {
	resource: 'user',
	value: 'createMany',
	name: 'Create Many',
	action: 'Create many users',
	description:
		'Create several users in one call, each enabled with a password CIPP generates (changed at first sign-in): one output item per user, with its password as Password Output says. CIPP does not report a licence it failed to assign.',
	...writes('AddUserBulk', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		{
			property: {
				displayName: 'Users',
				name: 'users',
				type: 'json',
				required: true,
				default: '',
				placeholder: '[{"mailNickName": "jane.doe", "domain": "contoso.com", "displayName": "Jane Doe"}]',
				description: `A list of users: mailNickName and domain make the user principal name; displayName or givenName and surname; optionally ${PROFILE.slice(2).join(', ')}`,
			},
			send: { name: 'BulkUser', in: 'body', encoding: 'json' },
			validate: bulkUsers,
		},
		additionalFields([
			text(
				'Usage Location',
				'usageLocation',
				'Two-letter country code for every user; needed for licences',
				asLabelValue('usageLocation'),
				{ placeholder: 'e.g. US', check: validate.matching(/^[A-Za-z]{2}$/, 'US') },
			),
			text('License SKU ID', 'licenses', 'A licence to assign to every user, from License → Get Many', asLabelValue('licenses'), {
				placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
				check: validate.guid,
			}),
		]),
		secretOutputParameter('temporary password'),
	],
	output: createManyOutput,
};
