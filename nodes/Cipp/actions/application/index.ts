import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { deployTemplate } from './deployTemplate.operation';
import { getConsentLinks } from './getConsentLinks.operation';
import { getManyApprovalTemplates } from './getManyApprovalTemplates.operation';
import { getManyConsentRequests } from './getManyConsentRequests.operation';

export const resource = { name: 'Enterprise Application', value: 'application' };

export const operations: CippOperation[] = [getManyConsentRequests, getManyApprovalTemplates, deployTemplate, getConsentLinks];

export const operationSelector = selectorFor('application', operations, 'getManyConsentRequests');
