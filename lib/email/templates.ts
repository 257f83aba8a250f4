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
