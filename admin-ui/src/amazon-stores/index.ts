import StoreIcon from '@mui/icons-material/Storefront';
import type { AmazonStore } from '../types';
import { StoreEdit } from './StoreEdit';
import { StoreList } from './StoreList';
import { StoreShow } from './StoreShow';

export default {
  list: StoreList,
  show: StoreShow,
  edit: StoreEdit,
  icon: StoreIcon,
  recordRepresentation: (record: AmazonStore) => record.name,
};
