/** The spam filter, connection filter and Tenant Allow/Block List template kinds, and Invoke-EditTenantAllowBlockListTemplate. */
import { stableGuid } from '../../../directory';
import { getIgnoreCase } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import type { TemplateSpec } from './templates';
import { fromPowerShellCommand, templatesOf } from './templates';

const withComments = (body: Record<string, unknown>) => ({ comments: null, ...fromPowerShellCommand(body) });

export const spamFilterTemplates: TemplateSpec = {
	partition: 'SpamfilterTemplate',
	list: 'ListSpamFilterTemplates',
	add: 'AddSpamFilterTemplate',
	remove: 'RemoveSpamfilterTemplate',
	readRole: 'Exchange.SpamFilter.Read',
	writeRole: 'Exchange.Spamfilter.ReadWrite',
	guidIds: true,
	seed: () => [
		{
			GUID: stableGuid('SpamfilterTemplate/seed'),
			JSON: { name: 'CIPP Standard Spam Filter', comments: null, BulkThreshold: 6, SpamAction: 'Quarantine' },
		},
	],
	fromRequest: withComments,
	words: {
		added: (name, guid) => `Successfully created Spam Filter Template: ${name} with GUID ${guid}`,
		addFailed: (error) => `Failed to create Spam Filter Template: ${error}`,
		addFailStatus: 500,
		removed: (id) => `Removed Spamfilter template with ID ${id}`,
		removeFailed: (id, error) => `Failed to remove Spam filter Rule template ${id}. ${error}`,
		removeFailStatus: 403,
	},
};

export const connectionFilterTemplates: TemplateSpec = {
	partition: 'ConnectionfilterTemplate',
	list: 'ListConnectionFilterTemplates',
	add: 'AddConnectionFilterTemplate',
	remove: 'RemoveConnectionfilterTemplate',
	readRole: 'Exchange.ConnectionFilter.Read',
	writeRole: 'Exchange.ConnectionFilter.ReadWrite',
	guidIds: true,
	seed: () => [
		{
			GUID: stableGuid('ConnectionfilterTemplate/seed'),
			JSON: { name: 'Default', comments: null, IPAllowList: ['203.0.113.10'], EnableSafeList: false },
		},
	],
	fromRequest: withComments,
	words: {
		added: (name, guid) => `Successfully created Connection Filter Template: ${name} with GUID ${guid}`,
		addFailed: (error) => `Failed to create Connection Filter Template: ${error}`,
		addFailStatus: 500,
		removed: (id) => `Removed Connection Filter template with ID ${id}`,
		removeFailed: (id, error) => `Failed to remove Connection Filter template with ID ${id}. ${error}`,
		removeFailStatus: 403,
	},
};

/** The JSON CIPP stores for an Allow/Block template: its fixed fields, booleans cast with [bool]. */
function allowBlockJson(body: Record<string, unknown>): Record<string, unknown> {
	const field = (name: string) => getIgnoreCase(body, name) ?? null;
	return {
		entries: field('entries'),
		listType: field('listType'),
		listMethod: field('listMethod'),
		notes: field('notes'),
		NoExpiration: Boolean(getIgnoreCase(body, 'NoExpiration')),
		RemoveAfter: Boolean(getIgnoreCase(body, 'RemoveAfter')),
		templateName: field('templateName'),
	};
}

export const allowBlockTemplates: TemplateSpec = {
	partition: 'TenantAllowBlockListTemplate',
	list: 'ListTenantAllowBlockListTemplates',
	add: 'AddTenantAllowBlockListTemplate',
	remove: 'RemoveTenantAllowBlockListTemplate',
	readRole: 'Exchange.SpamFilter.Read',
	writeRole: 'Exchange.SpamFilter.ReadWrite',
	guidIds: true,
	seed: () => [
		{
			GUID: stableGuid('TenantAllowBlockListTemplate/seed'),
			JSON: {
				entries: 'bad@phish.example',
				listType: 'Sender',
				listMethod: 'Block',
				notes: null,
				NoExpiration: true,
				RemoveAfter: false,
				templateName: 'Known phishers',
			},
		},
	],
	fromRequest: allowBlockJson,
	nameField: 'templateName',
	words: {
		added: (name, guid) => `Created Tenant Allow/Block List Template ${name} with GUID ${guid}`,
		addFailed: (error) => `Failed to create Tenant Allow/Block List Template: ${error}`,
		addFailStatus: 403,
		removed: (id) => `Removed Tenant Allow/Block List Template with ID ${id}.`,
		removeFailed: (id, error) => `Failed to remove Tenant Allow/Block List Template with ID ${id}. Error: ${error}`,
		removeFailStatus: 403,
	},
};

export const EditTenantAllowBlockListTemplate: Endpoint = {
	name: 'EditTenantAllowBlockListTemplate',
	role: 'Exchange.SpamFilter.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const body = (ctx.body ?? {}) as Record<string, unknown>;
		const id = psString(getIgnoreCase(body, 'GUID'));
		if (!id) return { status: 400, body: { Results: 'GUID is required to edit a template.' } };
		if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
			return {
				status: 403,
				body: { Results: `Failed to edit Tenant Allow/Block List Template: Invalid GUID format for OData filter: '${id}'` },
			};
		}
		const template = templatesOf(ctx.state, allowBlockTemplates.partition, allowBlockTemplates.seed).find(
			(candidate) => candidate.GUID === id,
		);
		if (!template) return { status: 404, body: { Results: `Template with ID ${id} not found.` } };
		template.JSON = allowBlockJson(body);
		return {
			status: 200,
			body: { Results: `Successfully edited Tenant Allow/Block List Template ${psString(getIgnoreCase(body, 'templateName'))}` },
		};
	},
};

/** Safe Links templates: CIPP copies its Config\*.SafeLinksTemplate.json files into the table, keyed by file name. Create and Edit are in safeLinks.ts. */
export const safeLinksTemplates: TemplateSpec = {
	partition: 'SafeLinksTemplate',
	list: 'ListSafeLinksPolicyTemplates',
	add: 'AddSafeLinksPolicyTemplate',
	remove: 'RemoveSafeLinksPolicyTemplate',
	readRole: 'Exchange.SafeLinks.Read',
	writeRole: 'Exchange.SafeLinks.ReadWrite',
	guidIds: false,
	seed: () => [
		{
			GUID: 'CIPP-Default.SafeLinksTemplate.json',
			JSON: {
				TemplateName: 'CIPP Default Safe Links',
				TemplateDescription: 'Safe Links for email, Teams and Office with click tracking',
				PolicyName: 'CIPP Default Safe Links Policy',
				RuleName: 'CIPP Default Safe Links Rule',
				EnableSafeLinksForEmail: true,
				EnableSafeLinksForTeams: true,
				TrackClicks: true,
				AllowClickThrough: false,
			},
		},
	],
	fromRequest: (body) => body,
	words: {
		added: (name, guid) => `Created SafeLinks Policy Template '${name}' with GUID ${guid}`,
		addFailed: (error) => `Failed to create SafeLinks Policy Template: ${error}`,
		addFailStatus: 500,
		removed: (id) => `Removed SafeLinks Policy Template with ID ${id}.`,
		removeFailed: (id, error) => `Failed to remove SafeLinks Policy template with ID ${id}. Error: ${error}`,
		removeFailStatus: 403,
	},
};
