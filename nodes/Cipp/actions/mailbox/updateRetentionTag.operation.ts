import type { IDataObject } from 'n8n-workflow';

import { AGE_LIMIT, NEW_NAME, RETENTION_ACTION, RETENTION_COMMENT, RETENTION_ENABLED } from '../shared/mailbox';
import { changeFields, retentionName, retentionPicker, retentionWrite, tagFields } from '../shared/mailbox';

export const updateRetentionTag = retentionWrite({
	value: 'updateRetentionTag',
	name: 'Update Retention Tag',
	action: 'Update a mailbox retention tag',
	description:
		"Change a retention tag's name, age limit, action, comment or whether it is enabled (CIPP keeps the fields not given; a comment cannot be cleared)",
	endpoint: 'ExecManageRetentionTags',
	parameters: [retentionPicker('Tag'), changeFields([NEW_NAME, AGE_LIMIT, RETENTION_ACTION, RETENTION_ENABLED, RETENTION_COMMENT])],
	list: 'ModifyTags',
	entry: (values, check) => {
		const fields = values.updateFields as IDataObject;
		return {
			Identity: values.retentionTag,
			...(fields.newName !== undefined ? { Name: retentionName(fields.newName, check) } : {}),
			...tagFields(fields, check),
		};
	},
});
