import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, flag, pascalFlag, requiredLine, text } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { selectedTenantParameter } from '../shared/intune';
import type { CippOperation } from '../types';

/** Test-CIPPAutopilotProfileName: what Intune accepts in a profile name. */
const PROFILE_NAME = /^[\p{L}\p{N} :"?.@$&_[\]{}|\\]+$/u;

export const createAutopilotProfile: CippOperation = {
	resource: 'intune',
	value: 'createAutopilotProfile',
	name: 'Create Autopilot Profile',
	action: 'Create or replace an Autopilot deployment profile',
	description:
		'Create a Windows Autopilot deployment profile in a customer tenant, or overwrite the one of the same name. Every option not set is turned off, also on an existing profile.',
	...writes('AddAutopilotConfig', 'Endpoint.Autopilot.ReadWrite'),
	parameters: [
		selectedTenantParameter,
		requiredLine(
			'Display Name',
			'displayName',
			'The name of the profile (letters, numbers, spaces and : " ? . @ $ & _ [ ] { } | \\ only); a profile of this name is overwritten',
			{ name: 'DisplayName', in: 'body', validate: validate.matching(PROFILE_NAME, 'CIPP Default Autopilot Profile') },
			{ placeholder: 'e.g. CIPP Default Autopilot Profile' },
		),
		additionalFields([
			flag(
				'Assign to All Devices',
				'assignAllDevices',
				'Whether to assign the profile to all devices (only if it has no assignment yet)',
				'Assignto',
			),
			pascalFlag('Collect Hardware Hash', 'collectHash', 'Whether to convert targeted devices to Autopilot'),
			text('Description', 'description', 'The description of the profile', 'Description', { check: validate.longText }),
			text('Device Name Template', 'deviceNameTemplate', 'The name pattern for devices', 'DeviceNameTemplate', {
				placeholder: 'e.g. CONTOSO-%SERIAL%',
			}),
			text(
				'Language',
				'language',
				"The language (locale) of setup, or os-default for the operating system's. Left empty, the user chooses it during setup.",
				asLabelValue('languages'),
				{ placeholder: 'e.g. en-US or os-default' },
			),
			pascalFlag('Hide Privacy Settings', 'hidePrivacy', 'Whether to hide the privacy settings page'),
			pascalFlag('Hide License Terms', 'hideTerms', 'Whether to hide the licence terms page'),
			flag('Pre-Provisioning', 'allowWhiteGlove', 'Whether to allow white glove pre-provisioning (not Self-Deploying)', 'allowWhiteGlove'),
			flag('Self-Deploying', 'selfDeploying', 'Whether the profile is self-deploying (shared devices), not user-driven', 'DeploymentMode'),
			flag('Skip Keyboard Selection', 'autoKeyboard', 'Whether to skip the keyboard selection page', 'Autokeyboard'),
			pascalFlag('Standard User', 'notLocalAdmin', 'Whether the user is a standard user instead of a local administrator'),
		]),
	],
	output: actionResult(),
};
