"""The console's interface texts: Dutch, with English available."""

from __future__ import annotations

LANGUAGES = ("nl", "en")

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Meldpunt mensenhandel – medewerkers", "Human trafficking report line – staff"),
    "skip": ("Naar de inhoud", "Skip to content"),
    "queue": ("Wachtrij", "Queue"),
    "signals": ("Signalen", "Signals"),
    "audit": ("Auditlog", "Audit log"),
    "accounts": ("Accounts", "Accounts"),
    "trends": ("Trends", "Trends"),
    "logout": ("Uitloggen", "Log out"),
    "language_other": ("English", "Nederlands"),
    "login": ("Inloggen", "Log in"),
    "name": ("Naam", "Name"),
    "password": ("Wachtwoord", "Password"),
    "code": ("Code uit je authenticator-app", "Code from your authenticator app"),
    "next": ("Verder", "Continue"),
    "login_failed": ("Inloggen is niet gelukt.", "Login failed."),
    "throttled": ("Te veel pogingen. Probeer het later opnieuw.", "Too many attempts. Try again later."),
    "code_wrong": ("Deze code klopt niet (of is al gebruikt).", "This code is wrong (or was used already)."),
    "enrol_title": ("Eerste keer inloggen", "First login"),
    "enrol_help": (
        "Kies een nieuw wachtwoord (minstens 12 tekens) en koppel een authenticator-app: scan de QR-code of"
        " voer de sleutel in, en vul de code in die de app toont.",
        "Choose a new password (at least 12 characters) and link an authenticator app: scan the QR code or"
        " enter the key, then type the code the app shows.",
    ),
    "new_password": ("Nieuw wachtwoord", "New password"),
    "totp_key": ("Sleutel", "Key"),
    "password_short": ("Het wachtwoord is te kort (minstens 12 tekens).", "The password is too short (12 or more)."),
    "password_same": ("Kies een ander wachtwoord dan het eenmalige.", "Choose a password other than the one-time one."),
    "totp_wrong": ("Deze code klopt niet (of is al gebruikt).", "This code is wrong (or was used already)."),
    "filters": ("Filters", "Filters"),
    "state": ("Status", "State"),
    "triage": ("Triage", "Triage"),
    "form": ("Vorm", "Form"),
    "municipality": ("Gemeente", "Municipality"),
    "channel": ("Kanaal", "Channel"),
    "any": ("alle", "any"),
    "apply": ("Toepassen", "Apply"),
    "waiting_since": ("Wacht sinds", "Waiting since"),
    "reason": ("Reden", "Reason"),
    "held_by": ("Bij", "Held by"),
    "open": ("Openen", "Open"),
    "empty_queue": ("Niemand wacht.", "Nobody is waiting."),
    "state_waiting_for_staff": ("wacht op medewerker", "waiting for staff"),
    "state_staff": ("bij medewerker", "with staff"),
    "state_bot": ("bij de chatassistent", "with the assistant"),
    "state_closed": ("gesloten", "closed"),
    "state_new_signal": ("nieuw signaal", "new signal"),
    "alerts_on": ("Geluid en meldingen aanzetten", "Turn on sound and notifications"),
    "alert_new": ("Nieuw in de wachtrij", "New in the queue"),
    "live": ("Live", "Live"),
    "offline": ("Verbinding weg – de pagina probeert opnieuw", "Connection lost – retrying"),
    "conversation": ("Gesprek", "Conversation"),
    "transcript": ("Gespreksverloop", "Transcript"),
    "take_over": ("Overnemen", "Take over"),
    "hand_back": ("Teruggeven aan de chatassistent", "Hand back to the assistant"),
    "close": ("Gesprek sluiten", "Close conversation"),
    "reply": ("Bericht aan de melder", "Message to the reporter"),
    "send": ("Versturen", "Send"),
    "quick_replies": ("Snelle antwoorden", "Quick replies"),
    "taken": ("Iemand anders heeft dit gesprek al overgenomen.", "Someone else has already taken this conversation."),
    "not_yours": ("Je hebt dit gesprek niet in behandeling.", "You do not hold this conversation."),
    "missing": ("Niet gevonden.", "Not found."),
    "signal": ("Signaal", "Signal"),
    "fields": ("Gegevens", "Fields"),
    "indicators": ("Indicatoren", "Indicators"),
    "indicators_help": (
        "Waarnemingen van de melder, geen score. Eén signaal kan genoeg zijn.",
        "The reporter's observations, not a score. One signal can be enough.",
    ),
    "question": ("Vraag", "Question"),
    "context": ("Context", "Context"),
    "safe_times": ("veilig contact", "safe to contact"),
    "answer": ("Antwoord", "Answer"),
    "source": ("Bron", "Source"),
    "notes": ("Notities", "Notes"),
    "followup": ("Anoniem contact via de code", "Anonymous contact through the code"),
    "followup_help": (
        "Wat de melder later met de ontvangstcode toevoegt, en jullie antwoorden. De melder leest een antwoord"
        " zodra die met de code terugkomt (of meteen, als die nu in gesprek is).",
        "What the reporter adds later with the receipt code, and your replies. The reporter reads a reply when"
        " they come back with the code (or at once, if they are in the chat now).",
    ),
    "followup_reply": ("Antwoord aan de melder", "Reply to the reporter"),
    "followup_unseen": ("nog niet gelezen", "not read yet"),
    "add_note": ("Notitie toevoegen", "Add note"),
    "assignment": ("Toewijzing", "Assignment"),
    "assign": ("Toewijzen", "Assign"),
    "nobody": ("niemand", "nobody"),
    "outcome": ("Afhandeling / uitkomst", "Handling / outcome"),
    "workflow": ("Werkstroom", "Workflow"),
    "keep_status": ("status niet wijzigen", "keep the status"),
    "save": ("Opslaan", "Save"),
    "invalid": ("Ongeldige invoer.", "Invalid input."),
    "transition": ("Deze stap in de werkstroom is niet toegestaan.", "This workflow step is not allowed."),
    "referred_needs_target": ("Kies waarheen is doorverwezen.", "Choose where it was referred to."),
    "export": ("Exporteren", "Export"),
    "select": ("Kiezen", "Select"),
    "received": ("Ontvangen", "Received"),
    "assigned_to": ("Toegewezen aan", "Assigned to"),
    "actor": ("Wie", "Actor"),
    "action": ("Actie", "Action"),
    "object_type": ("Soort", "Object type"),
    "object_id": ("Object", "Object"),
    "since": ("Vanaf", "Since"),
    "until": ("Tot", "Until"),
    "at": ("Tijd", "Time"),
    "detail": ("Details", "Detail"),
    "role": ("Rol", "Role"),
    "enrolled": ("TOTP gekoppeld", "TOTP enrolled"),
    "disabled": ("Uitgeschakeld", "Disabled"),
    "add_account": ("Account toevoegen", "Add account"),
    "disable": ("Uitschakelen", "Disable"),
    "enable": ("Inschakelen", "Enable"),
    "reset": ("Nieuw eenmalig wachtwoord", "New one-time password"),
    "one_time_password": (
        "Eenmalig wachtwoord voor {name} (wordt één keer getoond):",
        "One-time password for {name} (shown once):",
    ),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "unknown": ("onbekend", "unknown"),
    "forbidden": ("Geen toegang.", "Access denied."),
    "csrf": ("De pagina was verlopen. Probeer het opnieuw.", "The page had expired. Please try again."),
    "author_reporter": ("melder", "reporter"),
    "author_bot": ("chatassistent", "assistant"),
    "author_staff": ("medewerker", "staff"),
    "author_system": ("systeem", "system"),
}

QUICK_REPLIES: dict[str, list[tuple[str, str]]] = {
    "nl": [
        ("112", "Ben je nu in gevaar? Bel direct 112."),
        ("0800-2000", "Je kunt Veilig Thuis altijd bellen: 0800-2000 (gratis, 24 uur per dag)."),
        (
            "Arbeidsinspectie",
            "Gaat het om uitbuiting in werk? Bel de Nederlandse Arbeidsinspectie: 0800-5151 (anoniem kan).",
        ),
        ("Meld Misdaad Anoniem", "Wil je anoniem een tip geven? Bel Meld Misdaad Anoniem: 0800-7000."),
        ("Politie", "Wil je aangifte doen of met de politie praten? Bel 0900-8844."),
    ],
    "en": [
        ("112", "Are you in danger now? Call 112 right away."),
        ("0800-2000", "You can always call Veilig Thuis: 0800-2000 (free, 24 hours a day)."),
        (
            "Labour Inspectorate",
            "Is it about exploitation at work? Call the Netherlands Labour Authority: 0800-5151"
            " (anonymous is possible).",
        ),
        ("Meld Misdaad Anoniem", "Want to give a tip anonymously? Call Meld Misdaad Anoniem: 0800-7000."),
        ("Police", "Want to report a crime or talk to the police? Call 0900-8844."),
    ],
    "pl": [
        ("112", "Jesteś teraz w niebezpieczeństwie? Dzwoń od razu pod 112."),
        ("0800-2000", "Do Veilig Thuis możesz zawsze zadzwonić: 0800-2000 (bezpłatnie, całą dobę)."),
        (
            "Arbeidsinspectie",
            "Chodzi o wyzysk w pracy? Zadzwoń do Inspekcji Pracy (Arbeidsinspectie): 0800-5151 (można anonimowo).",
        ),
        ("Meld Misdaad Anoniem", "Chcesz anonimowo przekazać informację? Zadzwoń do Meld Misdaad Anoniem: 0800-7000."),
        ("Politie", "Chcesz złożyć zawiadomienie albo porozmawiać z policją? Zadzwoń pod 0900-8844."),
    ],
    "ro": [
        ("112", "Ești în pericol acum? Sună imediat la 112."),
        ("0800-2000", "Poți suna oricând la Veilig Thuis: 0800-2000 (gratuit, 24 de ore din 24)."),
        (
            "Arbeidsinspectie",
            "Este vorba de exploatare la muncă? Sună la Inspecția Muncii (Arbeidsinspectie):"
            " 0800-5151 (se poate și anonim).",
        ),
        ("Meld Misdaad Anoniem", "Vrei să dai o informație anonim? Sună la Meld Misdaad Anoniem: 0800-7000."),
        ("Politie", "Vrei să depui o plângere sau să vorbești cu poliția? Sună la 0900-8844."),
    ],
    "bg": [
        ("112", "В опасност ли сте сега? Обадете се веднага на 112."),
        ("0800-2000", "Винаги можете да се обадите на Veilig Thuis: 0800-2000 (безплатно, денонощно)."),
        (
            "Arbeidsinspectie",
            "Става ли дума за експлоатация на работа? Обадете се на Инспекцията по труда"
            " (Arbeidsinspectie): 0800-5151 (може и анонимно).",
        ),
        ("Meld Misdaad Anoniem", "Искате да подадете анонимен сигнал? Обадете се на Meld Misdaad Anoniem: 0800-7000."),
        ("Politie", "Искате да подадете жалба или да говорите с полицията? Обадете се на 0900-8844."),
    ],
    "uk": [
        ("112", "Ви зараз у небезпеці? Негайно телефонуйте 112."),
        ("0800-2000", "Ви завжди можете зателефонувати до Veilig Thuis: 0800-2000 (безкоштовно, цілодобово)."),
        (
            "Arbeidsinspectie",
            "Йдеться про експлуатацію на роботі? Телефонуйте до Інспекції праці"
            " (Arbeidsinspectie): 0800-5151 (можна анонімно).",
        ),
        ("Meld Misdaad Anoniem", "Хочете анонімно повідомити інформацію? Телефонуйте Meld Misdaad Anoniem: 0800-7000."),
        ("Politie", "Хочете подати заяву або поговорити з поліцією? Телефонуйте 0900-8844."),
    ],
    "ru": [
        ("112", "Вы сейчас в опасности? Немедленно звоните 112."),
        ("0800-2000", "Вы всегда можете позвонить в Veilig Thuis: 0800-2000 (бесплатно, круглосуточно)."),
        (
            "Arbeidsinspectie",
            "Речь об эксплуатации на работе? Звоните в Инспекцию труда (Arbeidsinspectie): 0800-5151 (можно анонимно).",
        ),
        ("Meld Misdaad Anoniem", "Хотите анонимно сообщить информацию? Звоните в Meld Misdaad Anoniem: 0800-7000."),
        ("Politie", "Хотите подать заявление или поговорить с полицией? Звоните 0900-8844."),
    ],
    "es": [
        ("112", "¿Estás en peligro ahora? Llama al 112 enseguida."),
        ("0800-2000", "Siempre puedes llamar a Veilig Thuis: 0800-2000 (gratis, las 24 horas)."),
        (
            "Arbeidsinspectie",
            "¿Se trata de explotación en el trabajo? Llama a la Inspección de Trabajo"
            " (Arbeidsinspectie): 0800-5151 (se puede de forma anónima).",
        ),
        ("Meld Misdaad Anoniem", "¿Quieres dar un aviso de forma anónima? Llama a Meld Misdaad Anoniem: 0800-7000."),
        ("Politie", "¿Quieres denunciar o hablar con la policía? Llama al 0900-8844."),
    ],
}


def translator(language: str) -> dict[str, str]:
    index = 1 if language == "en" else 0
    return {key: pair[index] for key, pair in TEXTS.items()}
