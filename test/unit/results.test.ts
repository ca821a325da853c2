import { failureText, isFailure, readResults } from '../../nodes/Cipp/transport/envelope';

describe("CIPP's {Results} envelope", () => {
	test('reads a string, an object and a mixed list', () => {
		expect(readResults({ Results: 'Successfully revoked sessions for jane' })).toEqual([
			{ text: 'Successfully revoked sessions for jane' },
		]);
		expect(readResults({ Results: { resultText: 'The new password is X', copyField: 'X', state: 'Success' } })).toEqual([
			{ text: 'The new password is X', copyField: 'X', state: 'success' },
		]);
		expect(readResults({ Results: ['Created New User.', { resultText: 'Password: p', copyField: 'p' }] })).toEqual([
			{ text: 'Created New User.' },
			{ text: 'Password: p', copyField: 'p', state: undefined },
		]);
	});

	test("decides failure from state first, then from the text as CIPP's UI does", () => {
		expect(isFailure({ text: 'Failed to do it', state: 'success' })).toBe(false);
		expect(isFailure({ text: 'All good', state: 'error' })).toBe(true);
		expect(isFailure({ text: 'Could not find user: not found' })).toBe(true);
		expect(isFailure({ text: 'Exception calling Graph' })).toBe(true);
		expect(isFailure({ text: 'Successfully set account enabled state to False' })).toBe(false);
	});

	test('takes the failure text from a JSON envelope or a plain-text body', () => {
		expect(failureText({ Results: 'Failed to reset password for jane. Error: Insufficient privileges' })).toBe(
			'Failed to reset password for jane. Error: Insufficient privileges',
		);
		expect(failureText('  Access to this tenant is not allowed\n')).toBe('Access to this tenant is not allowed');
		expect(failureText(undefined)).toBe('');
	});
});
