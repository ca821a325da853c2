/** CIPP settings: Invoke-ExecPasswordConfig, -ListCustomRole, -ListFunctionParameters. */
import { fixtures } from '../../../fixtures';
import { psString, psTruthy } from '../../../powershell';
import { tenantListEntry } from '../../../tenantList';
import type { HttpResult } from '../../../http';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { cippSettings } from './cippSettings';
import { adminState, writeLog } from './state';
import type { PasswordConfig } from './state';

const DEFAULT_PASSWORD_CONFIG: PasswordConfig = {
	passwordType: 'Classic',
	charCount: 14,
	includeUppercase: true,
	includeLowercase: true,
	includeDigits: true,
	includeSpecialChars: true,
	specialCharSet: '$%&*#',
	wordCount: 4,
	separator: '-',
	capitalizeWords: false,
	appendNumber: false,
	appendSpecialChar: false,
};
const ALLOWED_SPECIAL = /^[!@#$%^&*()\-_=+/]+$/;

class BadRequest extends Error {}

/** PowerShell's [int]::TryParse on "$value". */
function tryInt(value: unknown): number | undefined {
	const text = psString(value).trim();
	return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
}

/** [bool]$value: null, false, 0 and '' are false, anything else (even the text "false") true. */
function checkedConfig(body: (name: string) => unknown): PasswordConfig {
	let type = psString(body('passwordType'));
	if (type === 'Correct-Battery-Horse') type = 'Passphrase';
	if (!['Classic', 'Passphrase'].includes(type)) throw new BadRequest('Please select a valid password type (Classic or Passphrase)');
	const flags = Object.fromEntries(
		[
			'includeUppercase',
			'includeLowercase',
			'includeDigits',
			'includeSpecialChars',
			'capitalizeWords',
			'appendNumber',
			'appendSpecialChar',
		].map((name) => [name, psTruthy(body(name))]),
	);
	const charCount = tryInt(body('charCount'));
	if (type === 'Classic') {
		if (charCount === undefined) throw new BadRequest('Password length must be a valid number');
		if (charCount < 8 || charCount > 256) throw new BadRequest('Password length must be between 8 and 256 characters');
	}
	const wordCount = tryInt(body('wordCount'));
	if (type === 'Passphrase') {
		if (wordCount === undefined) throw new BadRequest('Word count must be a valid number');
		if (wordCount < 3 || wordCount > 10) throw new BadRequest('Word count must be between 3 and 10 words');
	}
	const specialCharSet = psString(body('specialCharSet'));
	if (flags.includeSpecialChars || flags.appendSpecialChar) {
		if (specialCharSet === '') throw new BadRequest('Special characters cannot be empty when enabled');
		if (specialCharSet.length > 32) throw new BadRequest('Special characters set must be 32 characters or fewer');
		if (!ALLOWED_SPECIAL.test(specialCharSet))
			throw new BadRequest('Special characters contain invalid symbols. Only safe typable characters allowed: !@#$%^&*()-_=+/');
	}
	const separator = psString(body('separator'));
	if (separator.length > 5) throw new BadRequest('Separator must be 5 characters or fewer');
	if (separator !== '' && separator !== ' ' && !ALLOWED_SPECIAL.test(separator)) {
		throw new BadRequest('Separator contains invalid symbols. Only safe typable characters allowed: !@#$%^&*()-_=+/ (or space/empty)');
	}
	if (type === 'Classic') {
		const classes = [flags.includeUppercase, flags.includeLowercase, flags.includeDigits, flags.includeSpecialChars].filter(Boolean).length;
		if (classes < 3)
			throw new BadRequest(
				'Classic passwords must include at least 3 of these 4 types: uppercase letters, lowercase letters, numbers, and special characters',
			);
	} else {
		const special = flags.appendSpecialChar || /[!@#$%^&*()_+\-=[\]{};:,.<>/?|~]/.test(separator);
		const digits = flags.appendNumber || /\d/.test(separator);
		if ([true, flags.capitalizeWords, digits, special].filter(Boolean).length < 3) {
			throw new BadRequest(
				'Passphrases must include at least 3 of these 4 types: lowercase letters (from words), uppercase letters (capitalization), numbers (appended), and special characters (appended)',
			);
		}
	}
	return { passwordType: type, charCount: charCount ?? 14, wordCount: wordCount ?? 4, specialCharSet, separator, ...flags };
}

function savePasswordConfig(ctx: EndpointContext): HttpResult {
	try {
		adminState(ctx.state).passwordConfig = checkedConfig((name) => ctx.fromBody(name));
		writeLog(ctx.state, {
			Tenant: 'CIPP',
			API: 'ExecPasswordConfig',
			Message: 'Successfully set password configuration',
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		return { status: 200, body: { Results: 'Successfully set the configuration' } };
	} catch (error) {
		if (!(error instanceof BadRequest)) throw error;
		return { status: 400, body: { Results: `Failed to set configuration: ${error.message}` } };
	}
}

export const ExecPasswordConfig: Endpoint = {
	name: 'ExecPasswordConfig',
	role: 'CIPP.AppSettings.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		if (ctx.fromQuery('List')) {
			return { status: 200, body: { Results: adminState(ctx.state).passwordConfig ?? DEFAULT_PASSWORD_CONFIG } };
		}
		return savePasswordConfig(ctx);
	},
};

export const ListCustomRole: Endpoint = {
	name: 'ListCustomRole',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const builtIn = ['readonly', 'editor', 'admin', 'superadmin'].map((role) => ({
			RoleName: role,
			Type: 'Built-In',
			Permissions: '',
			AllowedTenants: ['AllTenants'],
			BlockedTenants: [],
			EntraGroup: null,
			EntraGroupId: null,
			IPRange: [],
		}));
		const tenants = ctx.state.tenants.map(tenantListEntry);
		const custom = Object.values(fixtures.customRoles).map((role) => ({
			PartitionKey: 'CustomRoles',
			RowKey: role.name,
			RoleName: role.name,
			Type: 'Custom',
			Permissions: Object.fromEntries(role.permissions.map((permission) => [permission.replace(/\.(Read|ReadWrite)$/, ''), permission])),
			AllowedTenants: role.allowedTenants.map((id) => {
				const tenant = tenants.find((entry) => entry.customerId === id);
				return { type: 'Tenant', value: id, label: tenant ? `${String(tenant.displayName)} (${String(tenant.defaultDomainName)})` : id };
			}),
			BlockedTenants: [],
			BlockedEndpoints: '[]',
		}));
		const settings = cippSettings(ctx.state);
		const saved = [...settings.customRoles].map(([name, role]) => ({
			PartitionKey: 'CustomRoles',
			RowKey: name,
			RoleName: name,
			Type: 'Custom',
			...role,
			EntraGroup: settings.roleGroups.get(name) ?? null,
			IPRange: settings.roleIpRanges.get(name) ?? [],
		}));
		return { status: 200, body: JSON.stringify([...builtIn, ...custom, ...saved], null, 2) };
	},
};

export const FUNCTIONS = [
	{
		Function: 'Get-CIPPAlertMFAAdmins',
		Synopsis: 'Alert on admins without MFA',
		Parameters: [{ Name: 'InputValue', Type: 'System.Object', Description: null, Required: false }],
	},
	{
		Function: 'New-CIPPBackup',
		Synopsis: 'Create a CIPP or tenant backup',
		Parameters: [
			{ Name: 'backupType', Type: 'System.String', Description: 'CIPP or Scheduled', Required: true },
			{ Name: 'StorageOutput', Type: 'System.Object', Description: null, Required: false },
		],
	},
	{
		Function: 'Set-CIPPSignInState',
		Synopsis: 'Block or allow sign-in for a user',
		Parameters: [
			{ Name: 'UserID', Type: 'System.String', Description: null, Required: true },
			{ Name: 'AccountEnabled', Type: 'System.Boolean', Description: null, Required: true },
		],
	},
	{
		Function: 'Invoke-CIPPOffboardingJob',
		Synopsis: 'Offboard a user',
		Parameters: [
			{ Name: 'Username', Type: 'System.String', Description: null, Required: true },
			{ Name: 'Options', Type: 'System.Object', Description: null, Required: false },
		],
	},
];
const EXO_CMDLETS = [
	{
		Function: 'Get-Mailbox',
		Synopsis: 'Get mailboxes',
		Parameters: [{ Name: 'Identity', Type: 'System.String', Description: 'The mailbox', Required: false }],
	},
	{
		Function: 'Set-MailboxAutoReplyConfiguration',
		Synopsis: 'Set automatic replies',
		Parameters: [
			{ Name: 'Identity', Type: 'System.String', Description: 'The mailbox', Required: true },
			{ Name: 'AutoReplyState', Type: 'System.String', Description: 'Enabled, Disabled or Scheduled', Required: false },
		],
	},
];
const COMPLIANCE_CMDLETS = [
	{
		Function: 'Get-ComplianceSearch',
		Synopsis: 'Get compliance searches',
		Parameters: [{ Name: 'Identity', Type: 'System.String', Description: null, Required: false }],
	},
];

export const ListFunctionParameters: Endpoint = {
	name: 'ListFunctionParameters',
	role: 'CIPP.Core.Read',
	anyTenant: true,
	handle(ctx) {
		const module = ctx.fromQuery('Module');
		const name = ctx.fromQuery('Function');
		if (module === 'ExchangeOnlineManagement') {
			const compliance = ctx.fromQuery('Compliance')?.toLowerCase() === 'true';
			return { status: 200, body: compliance ? [...EXO_CMDLETS, ...COMPLIANCE_CMDLETS] : EXO_CMDLETS };
		}
		if (module && module !== 'CIPPCore') {
			return {
				status: 400,
				body: [
					`Function Error: The specified module '${module}' was not loaded because no valid module file was found in any module directory.`,
				],
			};
		}
		return { status: 200, body: FUNCTIONS.filter((entry) => !name || entry.Function.toLowerCase() === name.toLowerCase()) };
	},
};
