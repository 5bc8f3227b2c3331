import {
  Create,
  email,
  minLength,
  PasswordInput,
  regex,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { PASSWORD_MIN_LENGTH, roleChoices, toNewUser } from './userChoices';

const validateUsername = [
  required(),
  minLength(3),
  regex(/^[a-zA-Z0-9._-]+$/, 'orderdesk.users.username_characters'),
];

/** System > Users > New user (admin only): who may log in, with which role and first password. */
export const UserCreate = () => (
  <Create redirect="list" transform={toNewUser}>
    <SimpleForm>
      <TextInput source="username" validate={validateUsername} autoComplete="off" />
      <TextInput source="full_name" validate={required()} />
      <TextInput source="email" type="email" validate={email()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <PasswordInput
        source="password"
        validate={[required(), minLength(PASSWORD_MIN_LENGTH)]}
        autoComplete="new-password"
      />
    </SimpleForm>
  </Create>
);
