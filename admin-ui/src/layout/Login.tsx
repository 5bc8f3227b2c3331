import StorefrontIcon from '@mui/icons-material/Storefront';
import { Box, Typography } from '@mui/material';
import {
  LoginForm,
  PasswordInput,
  Login as RaLogin,
  TextInput,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useDocumentLanguage } from '../i18n/useDocumentLanguage';
import { LocaleSwitcher } from './LocaleSwitcher';

// Both fields are plainly needed to sign in. Unlike required(), this validator adds no " *" to the
// labels, so each input's label text is exactly "Username" / "Password".
const filledIn: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? undefined : 'ra.validation.required';

/**
 * react-admin's login page under the product's name: Username, Password, Sign in, and the language,
 * which can be chosen before signing in. Errors (wrong password, too many attempts) come from
 * authProvider.login and show as notifications.
 */
export const Login = () => {
  const translate = useTranslate();
  useDocumentLanguage();
  return (
    <Box component="main">
      <RaLogin avatarIcon={<StorefrontIcon />}>
        <Box component="header" sx={{ textAlign: 'center', px: 2 }}>
          <Typography component="h1" variant="h5">
            {translate('orderdesk.title')}
          </Typography>
          <Typography color="text.secondary" variant="body2">
            {translate('orderdesk.login.subtitle')}
          </Typography>
        </Box>
        <LoginForm>
          <TextInput
            autoFocus
            source="username"
            label={translate('ra.auth.username')}
            autoComplete="username"
            validate={filledIn}
          />
          <PasswordInput
            source="password"
            label={translate('ra.auth.password')}
            autoComplete="current-password"
            validate={filledIn}
          />
        </LoginForm>
        <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
          <LocaleSwitcher />
        </Box>
      </RaLogin>
    </Box>
  );
};
