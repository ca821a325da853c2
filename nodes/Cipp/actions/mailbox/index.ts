import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { enableAutoExpandingArchive } from './enableAutoExpandingArchive.operation';
import { getMany } from './getMany.operation';
import { getManyCasSettings } from './getManyCasSettings.operation';
import { setCopyForSent } from './setCopyForSent.operation';
import { setHiddenFromGal } from './setHiddenFromGal.operation';
import { setLitigationHold } from './setLitigationHold.operation';
import { setQuota } from './setQuota.operation';
import { setRecipientLimits } from './setRecipientLimits.operation';
import { setRetentionHold } from './setRetentionHold.operation';
import { startManagedFolderAssistant } from './startManagedFolderAssistant.operation';

export const resource = { name: 'Mailbox', value: 'mailbox' };

export const operations: CippOperation[] = [
	getMany,
	setHiddenFromGal,
	setLitigationHold,
	setRetentionHold,
	enableAutoExpandingArchive,
	setCopyForSent,
	setQuota,
	setRecipientLimits,
	getManyCasSettings,
	startManagedFolderAssistant,
];

export const operationSelector = selectorFor('mailbox', operations, 'getMany');
