import * as validate from '../common/validators';
import {
	AGE_LIMIT,
	RETENTION_ACTION,
	RETENTION_COMMENT,
	RETENTION_ENABLED,
	retentionName,
	retentionWrite,
	tagFields,
	valueOnly,
} from '../shared/mailbox';

/** The folders a tag can apply to: All is a default tag for the whole mailbox, Personal one users pick. */
const TYPES = ['All', 'Personal', 'RecoverableItems', 'Inbox', 'SentItems', 'DeletedItems', 'Drafts', 'Outbox', 'JunkEmail', 'Calendar'];
const MORE_TYPES = ['Contacts', 'Tasks', 'Notes', 'Journal', 'ConversationHistory', 'Clutter', 'RssSubscriptions', 'SyncIssues'];

export const createRetentionTag = retentionWrite({
	value: 'createRetentionTag',
	name: 'Create Retention Tag',
	action: 'Create a mailbox retention tag',
	description:
		'Create an Exchange retention tag for a folder type (All: the default for the whole mailbox; Personal: users apply it); link it with Update Retention Policy',
	endpoint: 'ExecManageRetentionTags',
	parameters: [
		valueOnly({ displayName: 'Name', name: 'name', type: 'string', default: '' }, retentionName),
		valueOnly({
			displayName: 'Type',
			name: 'type',
			type: 'options',
			default: 'Personal',
			options: [...TYPES, ...MORE_TYPES]
				.map((type) => ({ name: type.replace(/(?<=[a-z])(?=[A-Z])/g, ' '), value: type }))
				.sort((a, b) => a.name.localeCompare(b.name)),
			description: 'The folder type the tag applies to',
		}),
		valueOnly(RETENTION_ACTION),
		valueOnly(AGE_LIMIT, (value) => value),
		valueOnly(RETENTION_ENABLED, (value) => value),
		{ property: RETENTION_COMMENT, optional: true, validate: validate.longText },
	],
	list: 'CreateTags',
	entry: (values, check) => ({ Name: values.name, Type: values.type, ...tagFields(values, check) }),
});
