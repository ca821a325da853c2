import { mask, secretFields, secretPlaceholder } from '../../nodes/Cipp/actions/common/secrets';

test('mask keeps the first and last two characters of a long secret, and nothing of a short one', () => {
	expect(mask('Ab3$kP9q!xZ29#')).toBe('Ab**********9#');
	expect(mask('Ab3$kP9q')).toBe('Ab****9q');
	expect(mask('1234567')).toBe('*******');
});

test.each([
	['include', { temporaryAccessPass: 'Xy7#Pq2!Lm' }, '[see temporaryAccessPass]'],
	['mask', { maskedTemporaryAccessPass: 'Xy******Lm' }, '[see maskedTemporaryAccessPass]'],
	['omit', {}, '[omitted]'],
] as const)('%s: fields and placeholder for a pass', (mode, fields, placeholder) => {
	expect(secretFields('Xy7#Pq2!Lm', mode, 'temporaryAccessPass')).toEqual(fields);
	expect(secretPlaceholder('Xy7#Pq2!Lm', mode, 'temporaryAccessPass')).toBe(placeholder);
});

test('a Password Pusher link keeps its own field name, whatever the secret is called', () => {
	const link = 'https://pwpush.com/p/abc123def456';
	expect(secretFields(link, 'include', 'temporaryPassword')).toEqual({ passwordLink: link });
	expect(secretFields(link, 'mask', 'temporaryPassword')).toEqual({ maskedPasswordLink: mask(link) });
	expect(secretFields(undefined, 'include', 'temporaryPassword')).toEqual({});
});
