import { writes } from '../common/endpoints';
import { flag, namedCollection, requiredLine } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const sendTestAlert: CippOperation = {
	resource: 'alert',
	value: 'sendTestAlert',
	name: 'Send Test Alert',
	action: 'Send a test alert through CIPP',
	description:
		"Send a test alert through CIPP's notification settings (webhook, email, PSA) or write it to the logbook as an Alert entry; checks that CIPP can reach a webhook such as an n8n one",
	...writes('ExecAddAlert', 'CIPP.Alert.ReadWrite'),
	parameters: [
		requiredLine('Text', 'text', 'The alert text', 'text', { placeholder: 'e.g. Test from n8n', check: validate.message }),
		namedCollection('Send To', 'sendTo', 'Add Target', [
			flag('Webhook', 'sendWebhookNow', 'Whether to post it to the webhook now', 'sendWebhookNow', true),
			flag('Email', 'sendEmailNow', 'Whether to mail it now', 'sendEmailNow', true),
			flag('PSA', 'sendPsaNow', 'Whether to open a PSA ticket now', 'sendPsaNow', true),
			flag('Logbook', 'writeLog', 'Whether to write it to the logbook (also done when no target is chosen)', 'writeLog', true),
		]),
	],
	output: actionResult({
		emptyMeans:
			'CIPP sent nothing: is an email address or webhook set in its notification settings (Administration → Get Notification Config)?',
	}),
};
