import { ruleStateOperation } from '../shared/exchangePolicy';

export const setSafeAttachmentsRuleState = ruleStateOperation({
	value: 'setSafeAttachmentsRuleState',
	name: 'Enable or Disable Safe Attachments Rule',
	noun: 'a Safe Attachments',
	endpoint: 'EditSafeAttachmentsFilter',
});
