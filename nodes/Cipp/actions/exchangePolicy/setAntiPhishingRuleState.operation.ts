import { ruleStateOperation } from '../shared/exchangePolicy';

export const setAntiPhishingRuleState = ruleStateOperation({
	value: 'setAntiPhishingRuleState',
	name: 'Enable or Disable Anti-Phishing Rule',
	noun: 'an anti-phishing',
	endpoint: 'EditAntiPhishingFilter',
});
