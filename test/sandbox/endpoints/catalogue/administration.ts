/** CIPP endpoints behind the node's administration operations (beyond the core ones in endpoints/). */
import type { Endpoint } from '../endpoint';
import { ExecApiClient } from './administration/apiClients';
import { ExecListBackup, ExecRestoreBackup, ExecRunBackup, ExecSetCIPPAutoBackup } from './administration/backups';
import {
	ExecExtensionMapping,
	ExecExtensionSync,
	ExecExtensionTest,
	ExecExtensionsConfig,
	ListExtensionSync,
	ListExtensionsConfig,
} from './administration/extensions';
import { ListLogs } from './administration/logs';
import { ExecAddAlert, ExecNotificationConfig, ListNotificationConfig } from './administration/notifications';
import { ListScheduledItems, RemoveScheduledItem } from './administration/scheduler';
import { ExecPasswordConfig, ListCustomRole, ListFunctionParameters } from './administration/settings';
import * as queue from './administration/queue';
import * as tenantGroups from './administration/tenantGroups';
import * as trustedIps from './administration/trustedIps';
import * as cippSettings from './administration/cippSettings';
import * as variables from './administration/variables';
import * as community from './administration/community';
import * as customData from './administration/customData';
import * as customDataExec from './administration/customDataExec';
import { genericRead } from '../generic';

export const endpoints: Endpoint[] = [
	ExecApiClient,
	ExecListBackup,
	ExecRestoreBackup,
	ExecRunBackup,
	ExecSetCIPPAutoBackup,
	ExecExtensionMapping,
	ExecExtensionSync,
	ExecExtensionTest,
	ExecExtensionsConfig,
	ListExtensionSync,
	ListExtensionsConfig,
	ListLogs,
	ListNotificationConfig,
	ExecNotificationConfig,
	ExecAddAlert,
	ListScheduledItems,
	RemoveScheduledItem,
	ExecPasswordConfig,
	ListCustomRole,
	ListFunctionParameters,
	...tenantGroups.endpoints,
	...queue.endpoints,
	...trustedIps.endpoints,
	...cippSettings.endpoints,
	...variables.endpoints,
	...community.endpoints,
	...customData.endpoints,
	genericRead('ExecUniversalSearch', 'graph'),
	genericRead('ExecAccessChecks', 'results'),
	genericRead('ListKnownIPDb', 'table'),
	genericRead('ListAdminPortalLicenses', 'graph'),
	genericRead('ListDBCache', 'results'),
	genericRead('ListDirectoryObjects', 'graph', { fields: () => ({ '@odata.type': '#microsoft.graph.user' }) }),
	genericRead('ExecLicenseSearch', 'graph', {
		fields: (index) => ({ skuId: ['05e9a617-0261-4cee-bb44-138d3ef5d965', 'c42b9cae-ea4f-4ab7-9717-81576235ccac'][index] }),
	}),
	...customDataExec.endpoints,
];
