import SyncRunIcon from '@mui/icons-material/Sync';
import type { SyncRun } from '../types';
import { SyncRunList } from './SyncRunList';

export default {
  list: SyncRunList,
  icon: SyncRunIcon,
  recordRepresentation: (record: SyncRun) => `#${record.id}`,
};
