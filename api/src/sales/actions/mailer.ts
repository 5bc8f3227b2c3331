import type { Transporter } from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one e-mail; rejects when the transport does. */
export type Mailer = (email: OutgoingEmail) => Promise<void>;

export const MAIL_FROM = 'Order Desk <no-reply@orderdesk.invalid>';

/**
 * nodemailer over SMTP_URL (`smtp://user:pass@host:587`, `smtps://…`); without it (demo, tests) the JSON
 * transport, which delivers nothing: the message is only kept in outbound_emails by the caller.
 */
export function createMailer(smtpUrl: string | null): Mailer {
  // nodemailer is loaded with the first e-mail: a process that sends none never holds it (about 5 MB).
  let transport: Promise<Transporter> | undefined;
  const open = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return smtpUrl
      ? nodemailer.createTransport(smtpUrl)
      : nodemailer.createTransport({ jsonTransport: true });
  };
  return async (email) => {
    transport ??= open();
    const sender = await transport;
    await sender.sendMail({ from: MAIL_FROM, to: email.to, subject: email.subject, text: email.text });
  };
}
