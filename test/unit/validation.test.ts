import { NodeOperationError, type INode } from 'n8n-workflow';

import { resetPassword } from '../../nodes/Cipp/actions/user/resetPassword.operation';
import { getMany as getManyUsers } from '../../nodes/Cipp/actions/user/getMany.operation';
import type { CippOperation, ValueCheck } from '../../nodes/Cipp/actions/types';
import * as validate from '../../nodes/Cipp/actions/common/validators';

const node = { name: 'CIPP', type: 'n8n-nodes-cipp-toolkit.cipp' } as INode;
const check = (operation: Pick<CippOperation, 'access'> = resetPassword, field = 'User ID'): ValueCheck => ({
	node,
	field,
	itemIndex: 3,
	access: operation.access,
});

function rejection(run: () => unknown): NodeOperationError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(NodeOperationError);
		return error as NodeOperationError;
	}
	throw new Error('expected a validation error');
}

describe('user', () => {
	test.each([
		'jane@contoso.com',
		'  jane@contoso.com\r\n',
		'jane_gmail.com#EXT#@contoso.onmicrosoft.com',
		'5F0C3B1E-8A2D-4E6F-9B7C-1D2E3F4A5B6C',
	])('accepts %j', (value) => {
		expect(validate.user(value, check())).toBe(value.trim());
	});

	test.each([
		['', 'the value is empty'],
		['   ', 'the value is empty'],
		['jane', 'neither a user principal name nor an object ID'],
		['5f0c3b1e-8a2d-4e6f-9b7c', 'neither a user principal name nor an object ID'],
		['jane@contoso.com\r\nX-Injected: 1', 'control characters'],
		['jane\u0000@contoso.com', 'control characters'],
		[`${'a'.repeat(300)}@contoso.com`, 'at most 256'],
		[undefined, 'no value was given'],
		[['jane@contoso.com'], 'expected text but got a list'],
	])('refuses %j, naming the field and the item', (value, problem) => {
		const error = rejection(() => validate.user(value, check()));
		expect(error.message).toContain('"User ID"');
		expect(error.message).toContain('item 3');
		expect(error.message).toContain(problem);
		expect(error.description).toBeTruthy();
	});
});

describe('tenant', () => {
	const forWrite = validate.tenant({ allowAllTenants: true });

	test.each(['contoso.onmicrosoft.com', 'Contoso.COM', '2b6a4eab-c824-431f-ad30-f3efeddd5962'])('accepts %j', (value) => {
		expect(forWrite(value, check(resetPassword, 'Tenant Filter'))).toBe(value);
	});

	test('refuses AllTenants as the tenant of any write, whatever its case', () => {
		for (const value of ['AllTenants', 'alltenants', ' ALLTENANTS ']) {
			const error = rejection(() => forWrite(value, check(resetPassword, 'Tenant Filter')));
			expect(error.message).toContain('cannot be the tenant of a change');
			expect(error.message).toContain('"Tenant Filter"');
		}
	});

	test('accepts AllTenants only on reads that allow it', () => {
		expect(forWrite('alltenants', check(getManyUsers, 'Tenant Filter'))).toBe('AllTenants');
		const error = rejection(() => validate.tenant({ allowAllTenants: false })('AllTenants', check(getManyUsers, 'Tenant Filter')));
		expect(error.message).toContain('does not accept "AllTenants"');
	});

	test.each(['contoso', 'https://contoso.com', 'contoso.com/api', 'con toso.com', 'contoso.com\n'.repeat(2)])('refuses %j', (value) => {
		rejection(() => forWrite(value, check(resetPassword, 'Tenant Filter')));
	});
});

describe('userPrincipalName and day', () => {
	test('a UPN is required where CIPP cannot take an object ID', () => {
		expect(validate.userPrincipalName(' jane@contoso.com ', check())).toBe('jane@contoso.com');
		expect(rejection(() => validate.userPrincipalName('5f0c3b1e-8a2d-4e6f-9b7c-1d2e3f4a5b6c', check())).message).toContain(
			'is not a user principal name',
		);
		expect(rejection(() => validate.userPrincipalName('a@b.com,c@d.com', check())).message).toContain('is not a user principal name');
	});

	test.each([
		['20260801', '20260801'],
		['2026-08-01', '20260801'],
		['2026-08-01T23:30:00Z', '20260801'],
		['August 1, 2026 12:00 UTC', '20260801'],
	])('day(%j) is %j', (given, expected) => {
		expect(validate.day(given, check(resetPassword, 'Start Date'))).toBe(expected);
	});

	test('a text that is not a date is refused', () => {
		expect(rejection(() => validate.day('next tuesday', check(resetPassword, 'Start Date'))).message).toContain('is not a date');
	});
});

describe('guidList and emailAddress', () => {
	test('guidList takes GUIDs separated by commas or line breaks, as a list', () => {
		const first = '5f0c3b1e-8a2d-4e6f-9b7c-1d2e3f4a5b6c';
		const second = '2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a';
		expect(validate.guidList(`${first}, ${second}\n`, check())).toEqual([first, second]);
		expect(rejection(() => validate.guidList(`${first}, jane@contoso.com`, check())).message).toMatch(/jane@contoso\.com/);
	});

	test('emailAddress takes one address and refuses a list of them', () => {
		expect(validate.emailAddress(' jane@fabrikam.com ', check())).toBe('jane@fabrikam.com');
		for (const given of ['jane@fabrikam.com, joe@fabrikam.com', 'jane@fabrikam.com;joe@fabrikam.com', 'jane', 'jane@fabrikam']) {
			expect(rejection(() => validate.emailAddress(given, check())).message).toMatch(/is not in the expected form/);
		}
	});
});
