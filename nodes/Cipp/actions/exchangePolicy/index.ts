import { operationSelector as selectorFor } from '../common/descriptions';
import type { CippOperation } from '../types';
import { addAllowBlockEntries } from './addAllowBlockEntries.operation';
import { createAllowBlockTemplate } from './createAllowBlockTemplate.operation';
import { createConnectionFilterTemplate } from './createConnectionFilterTemplate.operation';
import { createSafeLinksPolicy } from './createSafeLinksPolicy.operation';
import { createQuarantinePolicy } from './createQuarantinePolicy.operation';
import { createSafeLinksTemplate } from './createSafeLinksTemplate.operation';
import { createSpamFilter } from './createSpamFilter.operation';
import { createSpamFilterTemplate } from './createSpamFilterTemplate.operation';
import { deleteAllowBlockTemplate } from './deleteAllowBlockTemplate.operation';
import { deleteConnectionFilterTemplate } from './deleteConnectionFilterTemplate.operation';
import { deleteQuarantinePolicy } from './deleteQuarantinePolicy.operation';
import { deleteSafeLinksPolicy } from './deleteSafeLinksPolicy.operation';
import { deleteSafeLinksTemplate } from './deleteSafeLinksTemplate.operation';
import { deleteSpamFilter } from './deleteSpamFilter.operation';
import { deleteSpamFilterTemplate } from './deleteSpamFilterTemplate.operation';
import { getManyAllowBlockEntries } from './getManyAllowBlockEntries.operation';
import { getManyAllowBlockTemplates } from './getManyAllowBlockTemplates.operation';
import { getManyConnectionFilters } from './getManyConnectionFilters.operation';
import { getManyConnectionFilterTemplates } from './getManyConnectionFilterTemplates.operation';
import { getManyQuarantinePolicies } from './getManyQuarantinePolicies.operation';
import { getManySafeLinksTemplates } from './getManySafeLinksTemplates.operation';
import { getManySpamFilters } from './getManySpamFilters.operation';
import { getManySpamFilterTemplates } from './getManySpamFilterTemplates.operation';
import { getQuarantineMessage } from './getQuarantineMessage.operation';
import { removeAllowBlockEntries } from './removeAllowBlockEntries.operation';
import { setAntiPhishingRuleState } from './setAntiPhishingRuleState.operation';
import { setMalwareRuleState } from './setMalwareRuleState.operation';
import { setSafeAttachmentsRuleState } from './setSafeAttachmentsRuleState.operation';
import { setSpamFilterState } from './setSpamFilterState.operation';
import { updateAllowBlockTemplate } from './updateAllowBlockTemplate.operation';
import { updateConnectionFilter } from './updateConnectionFilter.operation';
import { updateQuarantinePolicy } from './updateQuarantinePolicy.operation';
import { updateSafeLinksPolicy } from './updateSafeLinksPolicy.operation';
import { updateSafeLinksTemplate } from './updateSafeLinksTemplate.operation';
import { getSafeLinksPolicy } from './getSafeLinksPolicy.operation';
import { deploySafeLinksTemplate } from './deploySafeLinksTemplate.operation';

export const resource = { name: 'Exchange Policy', value: 'exchangePolicy' };

export const operations: CippOperation[] = [
	getManyAllowBlockEntries,
	addAllowBlockEntries,
	removeAllowBlockEntries,
	getManySpamFilters,
	createSpamFilter,
	setSpamFilterState,
	deleteSpamFilter,
	getManyQuarantinePolicies,
	createQuarantinePolicy,
	updateQuarantinePolicy,
	deleteQuarantinePolicy,
	getQuarantineMessage,
	getManyConnectionFilters,
	updateConnectionFilter,
	setAntiPhishingRuleState,
	setMalwareRuleState,
	setSafeAttachmentsRuleState,
	getManySpamFilterTemplates,
	createSpamFilterTemplate,
	deleteSpamFilterTemplate,
	getManyConnectionFilterTemplates,
	createConnectionFilterTemplate,
	deleteConnectionFilterTemplate,
	getManyAllowBlockTemplates,
	createAllowBlockTemplate,
	updateAllowBlockTemplate,
	deleteAllowBlockTemplate,
	createSafeLinksPolicy,
	updateSafeLinksPolicy,
	deleteSafeLinksPolicy,
	getManySafeLinksTemplates,
	createSafeLinksTemplate,
	updateSafeLinksTemplate,
	deleteSafeLinksTemplate,
	getSafeLinksPolicy,
	deploySafeLinksTemplate,
];

export const operationSelector = selectorFor('exchangePolicy', operations, 'getManyAllowBlockEntries');
