import type { UiLocale } from "./locales";

// lib/ speaks English; this maps its user-facing messages to Dutch at the edge, so
// validation and domain rules keep one wording and tests can assert on it.
const DUTCH: Record<string, string> = {
  "A workspace needs at least one owner: make someone else owner first":
    "Een werkruimte heeft minstens één eigenaar nodig: maak eerst iemand anders eigenaar",
  "An account with this e-mail already exists": "Er bestaat al een account met dit e-mailadres",
  "Choose Dutch or English": "Kies Nederlands of Engels",
  "Choose a supported currency": "Kies een ondersteunde valuta",
  "Choose nl or en": "Kies nl of en",
  "Choose owner, editor or viewer": "Kies eigenaar, bewerker of lezer",
  "Enter a valid e-mail address": "Vul een geldig e-mailadres in",
  "Name is required": "Naam is verplicht",
  "Name must be at most 100 characters": "De naam mag hoogstens 100 tekens lang zijn",
  "Name must be at most 80 characters": "De naam mag hoogstens 80 tekens lang zijn",
  "Not found": "Niet gevonden",
  "Password must be at least 10 characters": "Het wachtwoord moet minstens 10 tekens lang zijn",
  "Password must be at most 200 characters": "Het wachtwoord mag hoogstens 200 tekens lang zijn",
  "Password must contain a letter and a digit": "Het wachtwoord moet een letter en een cijfer bevatten",
  "Please correct the highlighted fields": "Verbeter de gemarkeerde velden",
  "Please sign in again": "Log opnieuw in",
  "Slug may contain lowercase letters, digits and single hyphens":
    "De slug mag kleine letters, cijfers en losse koppeltekens bevatten",
  "Slug must be at least 3 characters": "De slug moet minstens 3 tekens lang zijn",
  "Slug must be at most 48 characters": "De slug mag hoogstens 48 tekens lang zijn",
  "Something went wrong on our side. Please try again.": "Er ging bij ons iets mis. Probeer het opnieuw.",
  "The database is not reachable right now. Please try again in a moment.":
    "De database is nu niet bereikbaar. Probeer het zo opnieuw.",
  "The passwords do not match": "De wachtwoorden zijn niet gelijk",
  "This invitation has already been used": "Deze uitnodiging is al gebruikt",
  "This invitation has expired; ask for a new one": "Deze uitnodiging is verlopen; vraag om een nieuwe",
  "This invitation link is not valid": "Deze uitnodigingslink is niet geldig",
  "This person is already a member": "Deze persoon is al lid",
  "This reset link has already been used": "Deze link is al gebruikt",
  "This reset link is invalid or has expired": "Deze link is ongeldig of verlopen",
  "This reset link is invalid or has expired; ask for a new one": "Deze link is ongeldig of verlopen; vraag een nieuwe aan",
  "This slug is already taken": "Deze slug is al in gebruik",
  "This slug is reserved": "Deze slug is gereserveerd",
  "Type the workspace's slug to confirm": "Typ de slug van de werkruimte ter bevestiging",
  "You do not have permission to do this": "Je hebt hier geen rechten voor",
};

const DUTCH_PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^This needs the (\w+) role; you are (\w+)$/, (need, have) => `Hiervoor is de rol ${need} nodig; jij bent ${have}`],
  [
    /^This invitation was sent to (\S+); sign in with that address to accept it$/,
    (email) => `Deze uitnodiging is verstuurd naar ${email}; log in met dat adres om haar te accepteren`,
  ],
];

export function translateServerMessage(message: string, locale: UiLocale): string {
  if (locale !== "nl") return message;
  if (DUTCH[message]) return DUTCH[message];
  for (const [pattern, render] of DUTCH_PATTERNS) {
    const match = message.match(pattern);
    if (match) return render(...match.slice(1));
  }
  return message;
}
