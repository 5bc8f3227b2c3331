import StockIcon from '@mui/icons-material/Inventory';
import type { StockItem } from '../types';
import { StockList } from './StockList';

export default {
  list: StockList,
  icon: StockIcon,
  recordRepresentation: (record: StockItem) => record.id,
};
