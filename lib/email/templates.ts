import type { Mail } from "./send-mail";

const isDutch = (locale: string | null | undefined) => (locale ?? "").startsWith("nl");
const DUTCH_ROLES: Record<string, string> = { owner: "eigenaar", editor: "bewerker", viewer: "lezer" };

export function invitationMail(input: {
  to: string;
  inviterName: string;
  workspaceName: string;
  role: string;
  link: string;
  locale: string;
}): Mail {
  if (isDutch(input.locale)) {
    return {
      to: input.to,
      subject: `Uitnodiging voor ${input.workspaceName} op Realised`,
      text: `${input.inviterName} nodigt je uit voor de werkruimte "${input.workspaceName}" als ${DUTCH_ROLES[input.role] ?? input.role}.\n\nAccepteer binnen 7 dagen via deze link (eenmalig te gebruiken):\n${input.link}\n`,
    };
  }
  return {
    to: input.to,
    subject: `Invitation to ${input.workspaceName} on Realised`,
    text: `${input.inviterName} invited you to the workspace "${input.workspaceName}" as ${input.role}.\n\nAccept within 7 days with this single-use link:\n${input.link}\n`,
  };
}

export function passwordResetMail(input: { to: string; link: string; locale: string | null }): Mail {
  if (isDutch(input.locale)) {
    return {
      to: input.to,
      subject: "Je wachtwoord opnieuw instellen voor Realised",
      text: `Stel binnen 1 uur een nieuw wachtwoord in via deze link (eenmalig te gebruiken):\n${input.link}\n\nHeb je dit niet aangevraagd? Dan kun je deze e-mail negeren.\n`,
    };
  }
  return {
    to: input.to,
    subject: "Reset your Realised password",
    text: `Choose a new password within 1 hour with this single-use link:\n${input.link}\n\nDidn't ask for this? You can ignore this e-mail.\n`,
  };
}

export function signUpConfirmMail(input: { to: string; link: string; locale: string | null }): Mail {
  if (isDutch(input.locale)) {
    return {
      to: input.to,
      subject: "Bevestig je account bij Realised",
      text: `Bevestig binnen 24 uur je e-mailadres om je account aan te maken (eenmalige link):\n${input.link}\n\nHeb je je niet aangemeld? Dan kun je deze e-mail negeren; er wordt geen account aangemaakt.\n`,
    };
  }
  return {
    to: input.to,
    subject: "Confirm your Realised account",
    text: `Confirm your e-mail address within 24 hours to create your account (single-use link):\n${input.link}\n\nDidn't sign up? You can ignore this e-mail; no account is created.\n`,
  };
}

export function accountExistsMail(input: { to: string; signInLink: string; resetLink: string; locale: string | null }): Mail {
  if (isDutch(input.locale)) {
    return {
      to: input.to,
      subject: "Je hebt al een account bij Realised",
      text: `Iemand probeerde een account aan te maken met dit e-mailadres, maar je hebt er al een.\n\nInloggen: ${input.signInLink}\nWachtwoord vergeten: ${input.resetLink}\n\nWas jij dit niet? Dan kun je deze e-mail negeren.\n`,
    };
  }
  return {
    to: input.to,
    subject: "You already have a Realised account",
    text: `Someone tried to create an account with this e-mail address, but you already have one.\n\nSign in: ${input.signInLink}\nForgot your password: ${input.resetLink}\n\nNot you? You can ignore this e-mail.\n`,
  };
}

export function passwordResetNoAccountMail(input: { to: string; signUpLink: string; locale: string | null }): Mail {
  if (isDutch(input.locale)) {
    return {
      to: input.to,
      subject: "Wachtwoord opnieuw instellen voor Realised",
      text: `Iemand vroeg een nieuw wachtwoord aan voor dit e-mailadres, maar er is geen Realised-account mee.\n\nEen account aanmaken: ${input.signUpLink}\n\nWas jij dit niet? Dan kun je deze e-mail negeren.\n`,
    };
  }
  return {
    to: input.to,
    subject: "Password reset for Realised",
    text: `Someone asked to reset the password for this e-mail address, but there is no Realised account with it.\n\nCreate an account: ${input.signUpLink}\n\nNot you? You can ignore this e-mail.\n`,
  };
}
