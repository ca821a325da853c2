import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { deployTemplate } from './deployTemplate.operation';
import { getConsentLinks } from './getConsentLinks.operation';
import { getManyApprovalTemplates } from './getManyApprovalTemplates.operation';
import { getManyConsentRequests } from './getManyConsentRequests.operation';
import { addSecret } from './addSecret.operation';
import { rotateSecret } from './rotateSecret.operation';
import { removeCredential } from './removeCredential.operation';
import { deleteApp } from './deleteApp.operation';
import { updateApp } from './updateApp.operation';
import { getManyPermissionTemplates } from './getManyPermissionTemplates.operation';
import { createPermissionTemplate } from './createPermissionTemplate.operation';
import { deletePermissionTemplate } from './deletePermissionTemplate.operation';
import { createApprovalTemplateFromApp } from './createApprovalTemplateFromApp.operation';
import { deleteApprovalTemplate } from './deleteApprovalTemplate.operation';
import { createApprovalTemplate } from './createApprovalTemplate.operation';

export const resource = { name: 'Enterprise Application', value: 'application' };

export const operations: CippOperation[] = [
	getManyConsentRequests,
	getManyApprovalTemplates,
	deployTemplate,
	getConsentLinks,
	addSecret,
	rotateSecret,
	removeCredential,
	updateApp,
	deleteApp,
	createApprovalTemplate,
	createApprovalTemplateFromApp,
	deleteApprovalTemplate,
	getManyPermissionTemplates,
	createPermissionTemplate,
	deletePermissionTemplate,
];

export const operationSelector = selectorFor('application', operations, 'getManyConsentRequests');
