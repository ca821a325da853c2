import { writes } from '../common/endpoints';
import { choiceProperty, choices, requiredLine, requiredParameter } from '../common/fields';
import { groupParameter, tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

/** An option value, also when it comes from an expression: CIPP would pass anything on to Graph. */
const oneOf =
	(values: string[]): Validator =>
	(value, check) => {
		const given = validate.text(value, check);
		if (!values.includes(given)) validate.invalid(check, `"${given}" is not one of ${values.join(', ')}.`, 'Choose a value from the list.');
		return given;
	};

/**
 * Invoke-ExecSendOrgMessage builds the whole Graph message itself: only the group, the type, the
 * link and the frequency are the user's. Its third type, getStarted, is left out: CIPP sends no
 * content ID and placeholder texts ("PlzClick") for it (:46-77).
 */
export const sendOrgMessage: CippOperation = {
	resource: 'intune',
	value: 'sendOrgMessage',
	name: 'Send Organizational Message',
	action: 'Send an organizational message to a group',
	description:
		"Show an Intune organizational message (Microsoft's standard text with your link) on the Windows devices of a group's members for one year from now. CIPP always adds its own fixed logo, an image hosted on hulpnu.nl, and fills its third type (Get Started) with placeholder texts, so only Taskbar and Notification are offered.",
	...writes('ExecSendOrgMessage', 'Tenant.Directory.ReadWrite'),
	parameters: [
		tenantParameter('query'),
		groupParameter({ name: 'ID', in: 'query' }, { description: 'The group whose members see the message' }),
		requiredParameter(
			choiceProperty(
				'Message Type',
				'messageType',
				'taskbar',
				choices({ Taskbar: 'taskbar', Notification: 'notification' }),
				'Where Windows shows it',
			),
			{ name: 'type', in: 'query', validate: oneOf(['taskbar', 'notification']) },
		),
		requiredLine(
			'Link',
			'url',
			'The HTTPS page the message opens',
			{ name: 'URL', in: 'query', validate: validate.matching(/^https:\/\/[^\s/]+\.[^\s]+$/i, 'https://contoso.com/it-news') },
			{ placeholder: 'e.g. https://contoso.com/it-news' },
		),
		requiredParameter(
			choiceProperty(
				'Frequency',
				'frequency',
				'weeklyOnce',
				choices({ 'Once a Week': 'weeklyOnce', 'Once a Month': 'monthlyOnce', 'Twice a Month': 'monthlyTwice' }),
				'How often a user sees it',
			),
			{ name: 'freq', in: 'query', validate: oneOf(['weeklyOnce', 'monthlyOnce', 'monthlyTwice']) },
		),
	],
	output: (response, context) => {
		const [message] = records(response);
		if (!message?.id) context.fail('CIPP did not return the created organizational message, so whether it was created is unknown.');
		return [message];
	},
};
