import UserIcon from '@mui/icons-material/People';
import type { User } from '../types';
import { UserList } from './UserList';

export default {
  list: UserList,
  icon: UserIcon,
  recordRepresentation: (record: User) => record.full_name,
};
