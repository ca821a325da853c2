import { numberField } from '../common/fields';
import { deployOperation } from '../shared/exchangePolicy';

const priority = numberField(
	{
		displayName: 'Priority',
		name: 'priority',
		default: 0,
		typeOptions: { minValue: 0 },
		required: true,
		description: 'Priority of the rule CIPP creates for the policy (0 runs first)',
	},
	{ name: 'Priority', in: 'body' },
);

export const createSpamFilter = deployOperation({
	resource: 'exchangePolicy',
	value: 'createSpamFilter',
	name: 'Create Spam Filter',
	action: 'Create an anti-spam policy from JSON',
	description:
		"Create an anti-spam policy from its settings as JSON (e.g. a spam filter template's) and an enabled rule applying it to all of the tenant's accepted domains",
	endpoint: 'AddSpamFilter',
	role: 'Exchange.SpamFilter.ReadWrite',
	settings: 'New-HostedContentFilterPolicy parameters as JSON, with "name" (e.g. the JSON of a spam filter template)',
	refusals: [/^Could not create spamfilter rule for/],
	requiredKeys: ['name'],
	extra: [priority],
});
