import AmazonErrorIcon from '@mui/icons-material/SyncProblem';
import type { AmazonError } from '../types';
import { AmazonErrorList } from './AmazonErrorList';

export default {
  list: AmazonErrorList,
  icon: AmazonErrorIcon,
  recordRepresentation: (record: AmazonError) => `#${record.id}`,
};
