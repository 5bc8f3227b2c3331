import AmazonOrderIcon from '@mui/icons-material/LocalMall';
import type { AmazonOrder } from '../types';
import { AmazonOrderList } from './AmazonOrderList';
import { AmazonOrderShow } from './AmazonOrderShow';

export default {
  list: AmazonOrderList,
  show: AmazonOrderShow,
  icon: AmazonOrderIcon,
  recordRepresentation: (record: AmazonOrder) => record.id,
};
