import {
  BooleanInput,
  Edit,
  email,
  minLength,
  PasswordInput,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
} from 'react-admin';
import { PASSWORD_MIN_LENGTH, roleChoices, toUserChanges } from './userChoices';

// Users are deactivated, not deleted (the audit trail names them): Save only.
const UserEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * System > Users > a user (admin only): role, name, e-mail, active, and a password reset. The API keeps
 * at least one active administrator and answers why when a change would not.
 */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toUserChanges}>
    <SimpleForm toolbar={<UserEditToolbar />}>
      <TextInput source="username" readOnly />
      <TextInput source="full_name" validate={required()} />
      <TextInput source="email" type="email" validate={email()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <BooleanInput source="is_active" />
      <PasswordInput
        source="password"
        label="orderdesk.users.new_password"
        helperText="orderdesk.users.new_password_help"
        validate={minLength(PASSWORD_MIN_LENGTH)}
        autoComplete="new-password"
      />
    </SimpleForm>
  </Edit>
);
