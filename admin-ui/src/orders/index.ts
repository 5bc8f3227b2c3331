import OrderIcon from '@mui/icons-material/ShoppingCart';
import type { Order } from '../types';
import { OrderList } from './OrderList';
import { OrderShow } from './OrderShow';

export default {
  list: OrderList,
  show: OrderShow,
  icon: OrderIcon,
  recordRepresentation: (record: Order) => `#${record.increment_id}`,
};
