import * as searches from './listSearch';
import { RECORD_LISTS } from './lists';
import { recordSearches } from './recordLists';

export { RECORD_LISTS };

export const listSearch = { ...searches, ...recordSearches(RECORD_LISTS) };
