import StoreIcon from '@mui/icons-material/Storefront';
import type { AmazonStore } from '../types';
import { StoreCreate } from './StoreCreate';
import { StoreEdit } from './StoreEdit';
import { StoreList } from './StoreList';
import { StoreShow } from './StoreShow';

export default {
  list: StoreList,
  show: StoreShow,
  create: StoreCreate,
  edit: StoreEdit,
  icon: StoreIcon,
  recordRepresentation: (record: AmazonStore) => record.name,
};
