import { protectionPolicies } from '../shared/mailbox';

export const getManyAntiPhishingPolicies = protectionPolicies('getManyAntiPhishingPolicies', 'Anti-Phishing', 'ListAntiPhishingFilters');
