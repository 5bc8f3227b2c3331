import StockIcon from '@mui/icons-material/Inventory';
import type { StockItem } from '../types';
import { StockList } from './StockList';
import { StockShow } from './StockShow';

export default {
  list: StockList,
  show: StockShow,
  icon: StockIcon,
  recordRepresentation: (record: StockItem) => record.id,
};
