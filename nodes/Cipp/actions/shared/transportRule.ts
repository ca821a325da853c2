import type { IDataObject } from 'n8n-workflow';

import type { TemplateKind } from './exchangePolicy';

import { additionalFields, choiceField, choices, numberField, pascalCase, pascalFlag, sameNamed, text } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { recordParameter } from '../common/pickers';
import * as validate from '../common/validators';
import type { CippParameter, StepContext, Validator } from '../types';

/**
 * The settings of a transport rule as CIPP's AddEditTransportRule reads them, shared by Create and
 * Update: address lists as `{value}` lists, word lists as text lists, choices as `{value, label}`.
 */

const addresses = (displayName: string, name: string, description: string): FieldEntry =>
	text(
		displayName,
		name,
		`${description}, separated by commas`,
		{ name: pascalCase(name), in: 'body', encoding: 'labelValueList' },
		{ placeholder: 'e.g. jane@contoso.com, fabrikam.com', check: validate.longText },
	);

const wordList = (displayName: string, name: string, description: string): FieldEntry =>
	text(
		displayName,
		name,
		`${description}, separated by commas`,
		{ name: pascalCase(name), in: 'body', encoding: 'stringList' },
		{ placeholder: 'e.g. invoice, payment', check: validate.longText },
	);

const choice = (
	displayName: string,
	name: string,
	options: string[],
	description: string,
	encoding: 'labelValue' | 'string' = 'labelValue',
): FieldEntry =>
	choiceField(displayName, name, description, { name: pascalCase(name), in: 'body', encoding }, options[0], sameNamed(options));

const SCOPES = ['InOrganization', 'NotInOrganization'];

/** Checked as one line, then sent as JSON text (decoded again before sending) so that a trailing space is kept. */
const keepTrailingSpace: Validator = (value, check) => {
	validate.text(value, check);
	return JSON.stringify(String(value).trimStart());
};

/** Every transport rule setting the node offers, for Create and Update alike (one collection, emitted once). */
export const ruleSettings: CippParameter = additionalFields([
	text('Activation Date', 'activationDate', 'When the rule starts to act (ISO date)', 'ActivationDate', {
		placeholder: 'e.g. 2026-12-01T00:00:00Z',
		check: validate.longText,
	}),
	text('Append Disclaimer (HTML)', 'applyHtmlDisclaimerText', 'Disclaimer text or HTML to add to the message', 'ApplyHtmlDisclaimerText', {
		check: validate.longText,
	}),
	choice('Disclaimer Location', 'applyHtmlDisclaimerLocation', ['Append', 'Prepend'], 'With Append Disclaimer: where it goes'),
	choice(
		'Disclaimer Fallback',
		'applyHtmlDisclaimerFallbackAction',
		['Wrap', 'Ignore', 'Reject'],
		'With Append Disclaimer: what to do when it cannot be inserted',
	),
	pascalFlag('Attachment Is Executable', 'attachmentHasExecutableContent', 'Whether the rule applies when an attachment is executable'),
	wordList('Attachment Extensions', 'attachmentExtensionMatchesWords', 'Attachment file extensions the rule applies to'),
	addresses('Bcc To', 'blindCopyTo', 'Add these recipients as Bcc'),
	text('Comments', 'comments', 'A note kept with the rule', 'Comments', { check: validate.longText }),
	addresses('Copy To', 'copyTo', 'Add these recipients as Cc'),
	pascalFlag('Delete Message', 'deleteMessage', 'Whether to delete the message without notice'),
	addresses('Except From', 'exceptIfFrom', 'Senders the rule skips'),
	choice('Except From Scope', 'exceptIfFromScope', SCOPES, 'Senders the rule skips, by where they are'),
	addresses('Except Sender Domains', 'exceptIfSenderDomainIs', 'Sender domains the rule skips'),
	addresses('Except Sent To', 'exceptIfSentTo', 'Recipients the rule skips'),
	text('Expiry Date', 'expiryDate', 'When the rule stops acting (ISO date)', 'ExpiryDate', {
		placeholder: 'e.g. 2027-01-01T00:00:00Z',
		check: validate.longText,
	}),
	addresses('From', 'from', 'Senders the rule applies to'),
	wordList('From Address Contains', 'fromAddressContainsWords', 'Words in the sender address the rule applies to'),
	choice('From Scope', 'fromScope', SCOPES, 'Senders the rule applies to, by where they are'),
	text('Message Size Over', 'messageSizeOver', 'Messages larger than this', 'MessageSizeOver', {
		placeholder: 'e.g. 10MB',
		check: validate.longText,
	}),
	choice('Mode', 'mode', ['Enforce', 'Audit', 'AuditAndNotify'], 'Whether the rule acts or only tests (audit)'),
	addresses('Moderate By', 'moderateMessageByUser', 'Send the message to these moderators first'),
	text(
		'Prepend Subject',
		'prependSubject',
		'Text to put before the subject, spaces kept',
		{ name: 'PrependSubject', in: 'body', encoding: 'json' },
		{ placeholder: 'e.g. [EXTERNAL] ', check: keepTrailingSpace },
	),
	numberField(
		{
			displayName: 'Priority',
			name: 'priority',
			default: 0,
			typeOptions: { minValue: 0 },
			description: 'Order of the rule (0 runs first)',
		},
		{ name: 'Priority', in: 'body' },
	),
	pascalFlag('Quarantine', 'quarantine', 'Whether to send the message to the hosted quarantine'),
	addresses('Recipient Domains', 'recipientDomainIs', 'Recipient domains the rule applies to'),
	addresses('Redirect To', 'redirectMessageTo', 'Redirect the message to these recipients'),
	text('Reject With Text', 'rejectMessageReasonText', 'Reject the message with this explanation to the sender', 'RejectMessageReasonText', {
		check: validate.longText,
	}),
	text('Remove Header', 'removeHeader', 'Message header to remove', 'RemoveHeader', { check: validate.longText }),
	addresses('Sender Domains', 'senderDomainIs', 'Sender domains the rule applies to'),
	wordList('Sender IP Ranges', 'senderIpRanges', 'Sender IP addresses or ranges the rule applies to'),
	addresses('Sent To', 'sentTo', 'Recipients the rule applies to'),
	choice(
		'Sent To Scope',
		'sentToScope',
		['InOrganization', 'NotInOrganization', 'ExternalPartner', 'ExternalNonPartner'],
		'Recipients the rule applies to, by where they are',
	),
	choice('Audit Severity', 'setAuditSeverity', ['Low', 'Medium', 'High'], 'Severity of the rule in message traces and reports'),
	text('Set Header Name', 'setHeaderName', 'Header to add or change (needs Set Header Value)', 'SetHeaderName', {
		placeholder: 'e.g. X-Contoso-Flag',
		check: validate.longText,
	}),
	text('Set Header Value', 'setHeaderValue', 'With Set Header Name: its value', 'SetHeaderValue', { check: validate.longText }),
	choice(
		'Set Spam Confidence Level',
		'setSCL',
		['-1', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
		'Spam confidence level to stamp (-1 bypasses spam filtering)',
	),
	choice('State', 'state', ['Enabled', 'Disabled'], 'Whether the rule is on', 'string'),
	pascalFlag('Stop Processing Rules', 'stopRuleProcessing', 'Whether later rules are skipped after this one'),
	wordList('Subject Contains', 'subjectContainsWords', 'Words in the subject the rule applies to'),
	wordList('Subject or Body Contains', 'subjectOrBodyContainsWords', 'Words in the subject or body the rule applies to'),
]);

/** A transport rule of the chosen tenant, by list, GUID or name. */
export const transportRuleParameter = (name: string, where: 'query' | 'body'): CippParameter =>
	recordParameter(
		{
			displayName: 'Rule',
			name: 'ruleId',
			description: 'The transport rule, from the list, or by its GUID or name',
			searchListMethod: 'searchTransportRules',
			placeholder: 'Select a rule...',
			typed: 'text',
		},
		{ name, in: where },
	);

/**
 * Pairs CIPP skips without a word: a header name without its value, disclaimer options without the
 * disclaimer. Refused before sending.
 */
export function checkRulePairs(context: StepContext): void {
	const body = context.request.body as IDataObject;
	const fail = (field: string, problem: string, fix: string) =>
		validate.invalid({ node: context.node, field, itemIndex: context.itemIndex, access: 'write' }, problem, fix);
	if ((body.SetHeaderName === undefined) !== (body.SetHeaderValue === undefined)) {
		fail(
			'Set Header Name',
			'CIPP sets a header only with both its name and its value, and would skip it without a word.',
			'Add both Set Header Name and Set Header Value.',
		);
	}
	if (
		(body.ApplyHtmlDisclaimerLocation !== undefined || body.ApplyHtmlDisclaimerFallbackAction !== undefined) &&
		body.ApplyHtmlDisclaimerText === undefined
	) {
		fail(
			'Append Disclaimer (HTML)',
			'CIPP ignores the disclaimer options without the disclaimer text.',
			'Add Append Disclaimer (HTML), or remove Disclaimer Location and Disclaimer Fallback.',
		);
	}
}

/** CIPP's transport rule templates (its own files are listed too, by file name instead of a GUID). */
export const transportTemplates: TemplateKind = {
	resource: 'transportRule',
	key: '',
	label: '',
	noun: 'transport rule',
	list: 'ListTransportRulesTemplates',
	add: 'AddTransportTemplate',
	remove: 'RemoveTransportRuleTemplate',
	readRole: 'Exchange.TransportRule.Read',
	writeRole: 'Exchange.TransportRule.ReadWrite',
	searchListMethod: 'searchTransportRuleTemplates',
	typed: 'text',
	settings: 'New-TransportRule parameters as JSON, e.g. {"SentToScope": "InOrganization", "PrependSubject": "[EXT] "}',
};

/** CIPP's Exchange connector templates; the direction picks the settings CIPP keeps. */
export const connectorTemplates: TemplateKind = {
	resource: 'transportRule',
	key: 'Connector',
	label: 'Connector',
	noun: 'Exchange connector',
	list: 'ListExConnectorTemplates',
	add: 'AddExConnectorTemplate',
	remove: 'RemoveExConnectorTemplate',
	readRole: 'Exchange.Connector.Read',
	writeRole: 'Exchange.Connector.ReadWrite',
	searchListMethod: 'searchConnectorTemplates',
	settings:
		'New-InboundConnector or New-OutboundConnector parameters as JSON, e.g. {"ConnectorType": "Partner", "SmartHosts": ["mx.example.com"]}. CIPP keeps only the parameters of that cmdlet.',
	settingsIn: 'body',
	extra: [choiceField('Direction', 'direction', '', 'cippconnectortype', 'Inbound', choices({ Inbound: 'Inbound', Outbound: 'outbound' }))],
};

/** Inbound or outbound: CIPP runs Set-/Remove-<Type>Connector. */
export const connectorTypeParameter: CippParameter = {
	property: {
		displayName: 'Direction',
		name: 'connectorType',
		type: 'options',
		required: true,
		default: 'Inbound',
		description: 'Whether the connector is inbound or outbound (cippconnectortype in Get Many Connectors)',
		options: [
			{ name: 'Inbound', value: 'Inbound' },
			{ name: 'Outbound', value: 'Outbound' },
		],
	},
	send: { name: 'Type', in: 'body' },
};

/** An Exchange connector of the chosen tenant, by list, GUID or name. */
export const connectorParameter: CippParameter = recordParameter(
	{
		displayName: 'Connector',
		name: 'connectorId',
		description: 'The connector, from the list, or by its GUID or name',
		searchListMethod: 'searchConnectors',
		placeholder: 'Select a connector...',
		typed: 'text',
	},
	{ name: 'GUID', in: 'body' },
);
