import SentEmailIcon from '@mui/icons-material/MarkEmailRead';
import { OutboundEmailList } from './OutboundEmailList';
import { OutboundEmailShow } from './OutboundEmailShow';

/** What `GET /api/outbound-emails` answers. */
export interface OutboundEmail {
  id: number;
  order_id: number | null;
  order_increment_id: string | null;
  to: string;
  subject: string;
  body: string;
  created_at: string;
}

export default {
  list: OutboundEmailList,
  show: OutboundEmailShow,
  icon: SentEmailIcon,
  recordRepresentation: (record: OutboundEmail) => record.subject,
};
