/** The transport rule and Exchange connector template kinds (Invoke-Add/List/Remove…Template). */
import { stableGuid } from '../../../directory';
import { getIgnoreCase } from '../../../http';
import { psString } from '../../../powershell';
import type { TemplateSpec } from '../exchangePolicy/templates';
import { fromPowerShellCommand } from '../exchangePolicy/templates';

export const transportTemplates: TemplateSpec = {
	partition: 'TransportTemplate',
	list: 'ListTransportRulesTemplates',
	add: 'AddTransportTemplate',
	remove: 'RemoveTransportRuleTemplate',
	readRole: 'Exchange.TransportRule.Read',
	writeRole: 'Exchange.TransportRule.ReadWrite',
	guidIds: false,
	// CIPP copies its own Config\*.TransportRuleTemplate.json files into the table, keyed by file name.
	seed: () => [
		{
			GUID: 'CIPP-BlockExecutables.TransportRuleTemplate.json',
			JSON: { name: 'Block executable attachments', comments: 'CIPP default', AttachmentHasExecutableContent: true, DeleteMessage: true },
		},
	],
	fromRequest: (body) => ({ comments: null, ...fromPowerShellCommand(body) }),
	words: {
		added: (name, guid) => `Created Transport Rule Template ${name} with GUID ${guid}`,
		addFailed: (error) => `Failed to create Transport Rule Template: ${error}`,
		addFailStatus: 403,
		removed: (id) => `Removed Transport Rule Template with ID ${id}.`,
		removeFailed: (id, error) => `Failed to remove Transport Rule template with ID ${id}. Error: ${error}`,
		removeFailStatus: 403,
	},
};

const OUTBOUND = [
	'name',
	'AllAcceptedDomains',
	'CloudServicesMailEnabled',
	'Comment',
	'Confirm',
	'ConnectorSource',
	'ConnectorType',
	'Enabled',
	'IsTransportRuleScoped',
	'RecipientDomains',
	'RouteAllMessagesViaOnPremises',
	'SmartHosts',
	'TestMode',
	'TlsDomain',
	'TlsSettings',
	'UseMXRecord',
];
// CIPP's inbound list spells 'Enabled ' with a trailing space, so an inbound template never keeps Enabled.
const INBOUND = [
	'name',
	'SenderDomains',
	'ConnectorSource',
	'ConnectorType',
	'EFSkipIPs',
	'EFSkipLastIP',
	'EFSkipMailGateway',
	'EFTestMode',
	'EFUsers',
	'RequireTls',
	'RestrictDomainsToCertificate',
	'RestrictDomainsToIPAddresses',
	'ScanAndDropRecipients',
	'SenderIPAddresses',
	'TlsSenderCertificateName',
	'TreatMessagesAsInternal',
	'TrustedOrganizations',
];

export const connectorTemplates: TemplateSpec = {
	partition: 'ExConnectorTemplate',
	list: 'ListExConnectorTemplates',
	add: 'AddExConnectorTemplate',
	remove: 'RemoveExConnectorTemplate',
	readRole: 'Exchange.Connector.Read',
	writeRole: 'Exchange.Connector.ReadWrite',
	guidIds: true,
	seed: () => [
		{
			GUID: stableGuid('ExConnectorTemplate/seed'),
			JSON: {
				name: 'Mimecast outbound',
				ConnectorType: 'Partner',
				SmartHosts: ['eu-smtp-o365-outbound-1.mimecast.com'],
				UseMXRecord: false,
			},
			direction: 'outbound',
		},
	],
	fromRequest: (body) => {
		const fields = psString(getIgnoreCase(body, 'cippconnectortype')) === 'outbound' ? OUTBOUND : INBOUND;
		return Object.fromEntries(
			fields.map((field) => [field, getIgnoreCase(body, field)]).filter(([, value]) => value !== undefined && value !== null),
		) as Record<string, unknown>;
	},
	direction: (body) => psString(getIgnoreCase(body, 'cippconnectortype')),
	listRow: (template) => ({ cippconnectortype: template.direction }),
	words: {
		added: (name, guid) => `Successfully created Connector Template: ${name} with GUID ${guid}`,
		addFailed: (error) => `Failed to create Connector Template: ${error}`,
		addFailStatus: 500,
		removed: (id) => `Removed Exchange Connector Template with ID ${id}.`,
		removeFailed: (id, error) => `Failed to remove Exchange Connector Template ${id}: ${error}`,
		removeFailStatus: 500,
	},
};
