/** CIPP endpoints behind the node's alert operations. */
import type { Endpoint } from '../endpoint';
import { genericRead } from '../generic';
import * as auditLogSearch from './alert/auditLogSearch';
import * as snooze from './alert/snooze';
import * as queue from './alert/queue';
import { ExecWebhookSubscriptions } from './alert/webhooks';
import * as webhookRules from './alert/webhookRules';
import { AddScriptedAlert } from './scheduler/tasks';

export const endpoints: Endpoint[] = [
	...snooze.endpoints,
	...auditLogSearch.endpoints,
	AddScriptedAlert,
	genericRead('GetCippAlerts', 'table'),
	genericRead('ListPendingWebhooks', 'results'),
	genericRead('ListAuditLogCoverage', 'results'),
	...queue.endpoints,
	ExecWebhookSubscriptions,
	...webhookRules.endpoints,
];
