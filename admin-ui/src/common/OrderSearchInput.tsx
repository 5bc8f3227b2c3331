import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/**
 * The order grids' search box (`filter.q`). One box takes every kind of number, names and e-mails, so its
 * placeholder (and accessible name) says what it searches.
 */
export const OrderSearchInput = (props: SearchInputProps) => {
  const translate = useTranslate();
  const placeholder = translate('orderdesk.order_search.placeholder');
  return (
    <SearchInput
      placeholder={placeholder}
      slotProps={{ htmlInput: { 'aria-label': placeholder } }}
      sx={{ minWidth: { sm: '27rem' } }}
      {...props}
    />
  );
};
