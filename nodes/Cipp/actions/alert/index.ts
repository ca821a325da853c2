import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { addScriptedAlert } from './addScriptedAlert.operation';
import { createAuditLogSearch } from './createAuditLogSearch.operation';
import { getAuditLogCoverage } from './getAuditLogCoverage.operation';
import { getManyAuditLogSearches } from './getManyAuditLogSearches.operation';
import { getManyNotices } from './getManyNotices.operation';
import { getManyPendingWebhooks } from './getManyPendingWebhooks.operation';
import { getManyResults } from './getManyResults.operation';
import { getManySnoozed } from './getManySnoozed.operation';
import { getManyWebhookRules } from './getManyWebhookRules.operation';
import { processAuditLogSearch } from './processAuditLogSearch.operation';
import { removeSnooze } from './removeSnooze.operation';
import { sendTestAlert } from './sendTestAlert.operation';
import { snooze } from './snooze.operation';
import { deleteAlert } from './deleteAlert.operation';
import { getManyWebhookSubscriptions } from './getManyWebhookSubscriptions.operation';
import { deleteWebhookSubscription } from './deleteWebhookSubscription.operation';
import { deleteWebhookRule } from './deleteWebhookRule.operation';

export const resource = { name: 'Alert', value: 'alert' };

export const operations: CippOperation[] = [
	getManyResults,
	snooze,
	getManySnoozed,
	removeSnooze,
	getManyNotices,
	createAuditLogSearch,
	getManyAuditLogSearches,
	processAuditLogSearch,
	getAuditLogCoverage,
	getManyWebhookRules,
	getManyPendingWebhooks,
	sendTestAlert,
	addScriptedAlert,
	deleteAlert,
	getManyWebhookSubscriptions,
	deleteWebhookSubscription,
	deleteWebhookRule,
];

export const operationSelector = selectorFor('alert', operations, 'getManyResults');
