import AuditLogIcon from '@mui/icons-material/History';
import type { AuditEntry } from '../types';
import { AuditLogList } from './AuditLogList';

export default {
  list: AuditLogList,
  icon: AuditLogIcon,
  recordRepresentation: (record: AuditEntry) => `#${record.id}`,
};
