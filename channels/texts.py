"""What the gateway itself says, in every supported language: when Rasa cannot answer, and when the
safety net sees danger that the assistant did not. Short, calm, always with 112 and 0800-2000."""

from __future__ import annotations

FALLBACK = {
    "nl": "Onze chatassistent werkt op dit moment niet. Je bericht is bewaard en een medewerker is gewaarschuwd."
    " Ben je in gevaar? Bel 112. Veilig Thuis is 24 uur per dag bereikbaar: 0800-2000 (gratis).",
    "en": "Our chat assistant is not working right now. Your message has been saved and a staff member has been"
    " alerted. Are you in danger? Call 112. Veilig Thuis is available 24/7: 0800-2000 (free).",
    "pl": "Nasz asystent czatu teraz nie działa. Twoja wiadomość została zapisana, a pracownik został"
    " powiadomiony. Jesteś w niebezpieczeństwie? Dzwoń 112. Veilig Thuis: 0800-2000 (bezpłatnie, 24/7).",
    "ro": "Asistentul nostru de chat nu funcționează acum. Mesajul tău a fost salvat și un angajat a fost"
    " anunțat. Ești în pericol? Sună la 112. Veilig Thuis: 0800-2000 (gratuit, 24/7).",
    "bg": "Нашият чат асистент не работи в момента. Съобщението ви е запазено и служител е уведомен."
    " В опасност ли сте? Обадете се на 112. Veilig Thuis: 0800-2000 (безплатно, 24/7).",
    "uk": "Наш чат-асистент зараз не працює. Ваше повідомлення збережено, працівника повідомлено."
    " Ви в небезпеці? Телефонуйте 112. Veilig Thuis: 0800-2000 (безкоштовно, цілодобово).",
    "ru": "Наш чат-ассистент сейчас не работает. Ваше сообщение сохранено, сотрудник уведомлён."
    " Вы в опасности? Звоните 112. Veilig Thuis: 0800-2000 (бесплатно, круглосуточно).",
    "es": "Nuestro asistente de chat no funciona ahora. Tu mensaje se ha guardado y se ha avisado a una persona"
    " del equipo. ¿Estás en peligro? Llama al 112. Veilig Thuis: 0800-2000 (gratis, 24/7).",
}

DANGER = {
    "nl": "Ben jij of is iemand anders nu in gevaar? Bel direct 112. Blijf in deze chat als dat veilig kan:"
    " een medewerker van Veilig Thuis is gewaarschuwd. Veilig Thuis: 0800-2000 (gratis, 24/7).",
    "en": "Are you or someone else in danger now? Call 112 right away. Stay in this chat if it is safe:"
    " a Veilig Thuis staff member has been alerted. Veilig Thuis: 0800-2000 (free, 24/7).",
    "pl": "Ty lub ktoś inny jest teraz w niebezpieczeństwie? Dzwoń od razu 112. Zostań na czacie, jeśli to"
    " bezpieczne: pracownik Veilig Thuis został powiadomiony. Veilig Thuis: 0800-2000 (bezpłatnie, 24/7).",
    "ro": "Tu sau altcineva sunteți în pericol acum? Sună imediat la 112. Rămâi în chat dacă este sigur:"
    " un angajat Veilig Thuis a fost anunțat. Veilig Thuis: 0800-2000 (gratuit, 24/7).",
    "bg": "Вие или някой друг в опасност ли сте сега? Обадете се веднага на 112. Останете в чата, ако е"
    " безопасно: служител на Veilig Thuis е уведомен. Veilig Thuis: 0800-2000 (безплатно, 24/7).",
    "uk": "Ви або хтось інший зараз у небезпеці? Негайно телефонуйте 112. Залишайтеся в чаті, якщо це"
    " безпечно: працівника Veilig Thuis повідомлено. Veilig Thuis: 0800-2000 (безкоштовно, цілодобово).",
    "ru": "Вы или кто-то другой сейчас в опасности? Немедленно звоните 112. Оставайтесь в чате, если это"
    " безопасно: сотрудник Veilig Thuis уведомлён. Veilig Thuis: 0800-2000 (бесплатно, круглосуточно).",
    "es": "¿Tú u otra persona estáis en peligro ahora? Llama al 112 enseguida. Quédate en este chat si es"
    " seguro: se ha avisado a una persona de Veilig Thuis. Veilig Thuis: 0800-2000 (gratis, 24/7).",
}

HUMAN = {
    "nl": "Ik heb een medewerker van Veilig Thuis gewaarschuwd. Is er niemand snel? Bel 0800-2000 (gratis, 24/7)."
    " Bij direct gevaar: 112.",
    "en": "I have alerted a Veilig Thuis staff member. If nobody answers soon, call 0800-2000 (free, 24/7)."
    " In immediate danger: 112.",
    "pl": "Powiadomiliśmy pracownika Veilig Thuis. Jeśli nikt szybko nie odpowie, zadzwoń 0800-2000"
    " (bezpłatnie, 24/7). W bezpośrednim niebezpieczeństwie: 112.",
    "ro": "Am anunțat un angajat Veilig Thuis. Dacă nu răspunde nimeni curând, sună la 0800-2000"
    " (gratuit, 24/7). În pericol imediat: 112.",
    "bg": "Уведомих служител на Veilig Thuis. Ако никой не отговори скоро, обадете се на 0800-2000"
    " (безплатно, 24/7). При пряка опасност: 112.",
    "uk": "Ми повідомили працівника Veilig Thuis. Якщо ніхто скоро не відповість, телефонуйте 0800-2000"
    " (безкоштовно, цілодобово). У безпосередній небезпеці: 112.",
    "ru": "Мы уведомили сотрудника Veilig Thuis. Если никто скоро не ответит, звоните 0800-2000"
    " (бесплатно, круглосуточно). При непосредственной опасности: 112.",
    "es": "He avisado a una persona de Veilig Thuis. Si nadie responde pronto, llama al 0800-2000"
    " (gratis, 24/7). En peligro inmediato: 112.",
}


# The staff console: a person joins or leaves the conversation, and honest notices while nobody is free.
STAFF_JOINED = {
    "nl": "Een medewerker van Veilig Thuis is nu bij dit gesprek. Je praat nu met een mens, niet meer met de"
    " chatassistent.",
    "en": "A Veilig Thuis staff member has joined this conversation. You are now talking to a person, not to the"
    " chat assistant.",
    "pl": "Pracownik Veilig Thuis dołączył do rozmowy. Teraz rozmawiasz z człowiekiem, a nie z asystentem czatu.",
    "ro": "Un angajat Veilig Thuis s-a alăturat conversației. Acum vorbești cu o persoană, nu cu asistentul de chat.",
    "bg": "Служител на Veilig Thuis се включи в разговора. Сега говорите с човек, а не с чат асистента.",
    "uk": "Працівник Veilig Thuis приєднався до розмови. Тепер ви говорите з людиною, а не з чат-асистентом.",
    "ru": "Сотрудник Veilig Thuis присоединился к разговору. Теперь вы говорите с человеком, а не с чат-ассистентом.",
    "es": "Una persona de Veilig Thuis se ha unido a la conversación. Ahora hablas con una persona, no con el"
    " asistente de chat.",
}

STAFF_LEFT = {
    "nl": "De medewerker heeft het gesprek verlaten. Je praat weer met de chatassistent. Bij direct gevaar: 112."
    " Veilig Thuis: 0800-2000 (gratis, 24/7).",
    "en": "The staff member has left the conversation. You are talking to the chat assistant again. In immediate"
    " danger: 112. Veilig Thuis: 0800-2000 (free, 24/7).",
    "pl": "Pracownik opuścił rozmowę. Znów rozmawiasz z asystentem czatu. W bezpośrednim niebezpieczeństwie: 112."
    " Veilig Thuis: 0800-2000 (bezpłatnie, 24/7).",
    "ro": "Angajatul a părăsit conversația. Vorbești din nou cu asistentul de chat. În pericol imediat: 112."
    " Veilig Thuis: 0800-2000 (gratuit, 24/7).",
    "bg": "Служителят напусна разговора. Отново говорите с чат асистента. При пряка опасност: 112."
    " Veilig Thuis: 0800-2000 (безплатно, 24/7).",
    "uk": "Працівник залишив розмову. Ви знову говорите з чат-асистентом. У безпосередній небезпеці: 112."
    " Veilig Thuis: 0800-2000 (безкоштовно, цілодобово).",
    "ru": "Сотрудник покинул разговор. Вы снова говорите с чат-ассистентом. При непосредственной опасности: 112."
    " Veilig Thuis: 0800-2000 (бесплатно, круглосуточно).",
    "es": "La persona de Veilig Thuis ha salido de la conversación. Vuelves a hablar con el asistente de chat."
    " En peligro inmediato: 112. Veilig Thuis: 0800-2000 (gratis, 24/7).",
}

STAFF_CLOSED = {
    "nl": "De medewerker heeft dit gesprek afgesloten. Als je opnieuw schrijft, begint een nieuw gesprek."
    " Bij direct gevaar: 112. Veilig Thuis: 0800-2000 (gratis, 24/7).",
    "en": "The staff member has closed this conversation. If you write again, a new conversation starts."
    " In immediate danger: 112. Veilig Thuis: 0800-2000 (free, 24/7).",
    "pl": "Pracownik zakończył tę rozmowę. Jeśli napiszesz ponownie, zacznie się nowa rozmowa."
    " W bezpośrednim niebezpieczeństwie: 112. Veilig Thuis: 0800-2000 (bezpłatnie, 24/7).",
    "ro": "Angajatul a încheiat această conversație. Dacă scrii din nou, începe o conversație nouă."
    " În pericol imediat: 112. Veilig Thuis: 0800-2000 (gratuit, 24/7).",
    "bg": "Служителят приключи този разговор. Ако пишете отново, започва нов разговор."
    " При пряка опасност: 112. Veilig Thuis: 0800-2000 (безплатно, 24/7).",
    "uk": "Працівник завершив цю розмову. Якщо ви напишете знову, почнеться нова розмова."
    " У безпосередній небезпеці: 112. Veilig Thuis: 0800-2000 (безкоштовно, цілодобово).",
    "ru": "Сотрудник завершил этот разговор. Если вы напишете снова, начнётся новый разговор."
    " При непосредственной опасности: 112. Veilig Thuis: 0800-2000 (бесплатно, круглосуточно).",
    "es": "La persona de Veilig Thuis ha cerrado esta conversación. Si vuelves a escribir, empieza una"
    " conversación nueva. En peligro inmediato: 112. Veilig Thuis: 0800-2000 (gratis, 24/7).",
}

WAIT_TIMEOUT = {
    "nl": "Het lukt nu niet om je snel met een medewerker te verbinden: iedereen is bezet. Eerlijk gezegd kan het"
    " even duren. Bel liever Veilig Thuis: 0800-2000 (gratis, 24 uur per dag). Bij direct gevaar: 112.",
    "en": "We cannot connect you with a staff member quickly right now: everyone is busy, and it may take a while."
    " Please call Veilig Thuis instead: 0800-2000 (free, 24 hours a day). In immediate danger: 112.",
    "pl": "Teraz nie możemy szybko połączyć cię z pracownikiem: wszyscy są zajęci i może to chwilę potrwać."
    " Zadzwoń do Veilig Thuis: 0800-2000 (bezpłatnie, całą dobę). W bezpośrednim niebezpieczeństwie: 112.",
    "ro": "Acum nu te putem conecta repede cu un angajat: toți sunt ocupați și poate dura. Sună la Veilig Thuis:"
    " 0800-2000 (gratuit, 24 de ore din 24). În pericol imediat: 112.",
    "bg": "В момента не можем бързо да ви свържем със служител: всички са заети и може да отнеме време."
    " Обадете се на Veilig Thuis: 0800-2000 (безплатно, денонощно). При пряка опасност: 112.",
    "uk": "Зараз ми не можемо швидко з'єднати вас із працівником: усі зайняті, це може тривати."
    " Зателефонуйте до Veilig Thuis: 0800-2000 (безкоштовно, цілодобово). У безпосередній небезпеці: 112.",
    "ru": "Сейчас мы не можем быстро соединить вас с сотрудником: все заняты, это может занять время."
    " Позвоните в Veilig Thuis: 0800-2000 (бесплатно, круглосуточно). При непосредственной опасности: 112.",
    "es": "Ahora no podemos ponerte rápido en contacto con una persona: todo el equipo está ocupado y puede tardar."
    " Llama a Veilig Thuis: 0800-2000 (gratis, 24 horas al día). En peligro inmediato: 112.",
}

OFF_HOURS = {
    "nl": "Op dit moment zit er geen medewerker achter de chat. Je bericht is bewaard en wordt later gelezen."
    " Wil je nu iemand spreken? Bel Veilig Thuis: 0800-2000 (gratis, 24 uur per dag). Bij direct gevaar: 112.",
    "en": "No staff member is watching the chat right now. Your message is saved and will be read later."
    " Want to talk to someone now? Call Veilig Thuis: 0800-2000 (free, 24 hours a day). In immediate danger: 112.",
    "pl": "W tej chwili nikt z pracowników nie obsługuje czatu. Twoja wiadomość jest zapisana i zostanie"
    " przeczytana później. Chcesz porozmawiać teraz? Zadzwoń do Veilig Thuis: 0800-2000 (bezpłatnie, całą dobę)."
    " W bezpośrednim niebezpieczeństwie: 112.",
    "ro": "În acest moment niciun angajat nu urmărește chatul. Mesajul tău este salvat și va fi citit mai târziu."
    " Vrei să vorbești acum cu cineva? Sună la Veilig Thuis: 0800-2000 (gratuit, 24 de ore din 24)."
    " În pericol imediat: 112.",
    "bg": "В момента няма служител на чата. Съобщението ви е запазено и ще бъде прочетено по-късно."
    " Искате ли да говорите с някого сега? Обадете се на Veilig Thuis: 0800-2000 (безплатно, денонощно)."
    " При пряка опасност: 112.",
    "uk": "Зараз у чаті немає працівника. Ваше повідомлення збережено, його прочитають пізніше."
    " Хочете поговорити зараз? Зателефонуйте до Veilig Thuis: 0800-2000 (безкоштовно, цілодобово)."
    " У безпосередній небезпеці: 112.",
    "ru": "Сейчас в чате нет сотрудника. Ваше сообщение сохранено и будет прочитано позже."
    " Хотите поговорить сейчас? Позвоните в Veilig Thuis: 0800-2000 (бесплатно, круглосуточно)."
    " При непосредственной опасности: 112.",
    "es": "Ahora no hay nadie del equipo atendiendo el chat. Tu mensaje está guardado y se leerá más tarde."
    " ¿Quieres hablar con alguien ahora? Llama a Veilig Thuis: 0800-2000 (gratis, 24 horas al día)."
    " En peligro inmediato: 112.",
}


def say(table: dict[str, str], language: str | None) -> str:
    return table.get(language or "nl", table["nl"])


# Anonymous follow-up with a receipt code (channels/followup.py).
FOLLOWUP_WELCOME = {
    "nl": "Welkom terug. Je code klopt. Wat je nu schrijft, voegen we toe aan je melding.",
    "en": "Welcome back. Your code is correct. What you write now is added to your report.",
    "pl": "Witamy ponownie. Kod jest poprawny. To, co teraz napiszesz, dodamy do Twojego zgłoszenia.",
    "ro": "Bine ai revenit. Codul este corect. Ce scrii acum adăugăm la sesizarea ta.",
    "bg": "Добре дошли отново. Кодът е верен. Каквото напишете сега, ще добавим към сигнала ви.",
    "uk": "Вітаємо знову. Код правильний. Те, що ви напишете зараз, ми додамо до вашого повідомлення.",
    "ru": "С возвращением. Код верный. То, что вы напишете сейчас, мы добавим к вашему сообщению.",
    "es": "Bienvenida o bienvenido de nuevo. Tu código es correcto. Lo que escribas ahora se añade a tu aviso.",
}
FOLLOWUP_NO_REPLIES = {
    "nl": "Er is nog geen nieuw bericht van Veilig Thuis voor je.",
    "en": "There is no new message from Veilig Thuis for you yet.",
    "pl": "Nie ma jeszcze nowej wiadomości od Veilig Thuis.",
    "ro": "Încă nu există un mesaj nou de la Veilig Thuis pentru tine.",
    "bg": "Все още няма ново съобщение от Veilig Thuis за вас.",
    "uk": "Нового повідомлення від Veilig Thuis для вас поки немає.",
    "ru": "Нового сообщения от Veilig Thuis для вас пока нет.",
    "es": "Todavía no hay un mensaje nuevo de Veilig Thuis para ti.",
}
FOLLOWUP_REPLY = {
    "nl": "Bericht van Veilig Thuis: {text}",
    "en": "Message from Veilig Thuis: {text}",
    "pl": "Wiadomość od Veilig Thuis: {text}",
    "ro": "Mesaj de la Veilig Thuis: {text}",
    "bg": "Съобщение от Veilig Thuis: {text}",
    "uk": "Повідомлення від Veilig Thuis: {text}",
    "ru": "Сообщение от Veilig Thuis: {text}",
    "es": "Mensaje de Veilig Thuis: {text}",
}
FOLLOWUP_ADDED = {
    "nl": "Dank je. Dit is toegevoegd aan je melding. Een medewerker leest het.",
    "en": "Thank you. This has been added to your report. A staff member will read it.",
    "pl": "Dziękujemy. Dodaliśmy to do Twojego zgłoszenia. Pracownik to przeczyta.",
    "ro": "Mulțumim. Am adăugat asta la sesizarea ta. Un angajat o va citi.",
    "bg": "Благодарим. Това е добавено към сигнала ви. Служител ще го прочете.",
    "uk": "Дякуємо. Це додано до вашого повідомлення. Працівник його прочитає.",
    "ru": "Спасибо. Это добавлено к вашему сообщению. Сотрудник его прочитает.",
    "es": "Gracias. Lo hemos añadido a tu aviso. Una persona del equipo lo leerá.",
}
FOLLOWUP_UNKNOWN = {
    "nl": "Deze code kennen we niet. Kijk of je hem goed hebt overgetypt en probeer het nog eens.",
    "en": "We do not know this code. Check that you typed it correctly and try again.",
    "pl": "Nie znamy tego kodu. Sprawdź, czy został dobrze przepisany, i spróbuj ponownie.",
    "ro": "Nu cunoaștem acest cod. Verifică dacă l-ai scris corect și încearcă din nou.",
    "bg": "Не познаваме този код. Проверете дали сте го написали правилно и опитайте отново.",
    "uk": "Ми не знаємо цього коду. Перевірте, чи правильно ви його ввели, і спробуйте ще раз.",
    "ru": "Мы не знаем этот код. Проверьте, правильно ли вы его ввели, и попробуйте ещё раз.",
    "es": "No conocemos este código. Comprueba que lo has escrito bien e inténtalo de nuevo.",
}
FOLLOWUP_LOCKED = {
    "nl": "Er zijn te veel onjuiste codes geprobeerd. Probeer het over een uur opnieuw, of bel Veilig Thuis:"
    " 0800-2000 (gratis, 24/7). Bij direct gevaar: 112.",
    "en": "Too many wrong codes were tried. Try again in an hour, or call Veilig Thuis: 0800-2000 (free, 24/7)."
    " In immediate danger: 112.",
    "pl": "Wpisano zbyt wiele błędnych kodów. Spróbuj za godzinę albo zadzwoń do Veilig Thuis: 0800-2000"
    " (bezpłatnie, 24/7). W bezpośrednim niebezpieczeństwie: 112.",
    "ro": "S-au încercat prea multe coduri greșite. Încearcă din nou peste o oră sau sună la Veilig Thuis:"
    " 0800-2000 (gratuit, 24/7). În pericol imediat: 112.",
    "bg": "Опитани са твърде много грешни кодове. Опитайте след час или се обадете на Veilig Thuis: 0800-2000"
    " (безплатно, 24/7). При пряка опасност: 112.",
    "uk": "Спробовано забагато неправильних кодів. Спробуйте за годину або зателефонуйте до Veilig Thuis:"
    " 0800-2000 (безкоштовно, цілодобово). У безпосередній небезпеці: 112.",
    "ru": "Введено слишком много неверных кодов. Попробуйте через час или позвоните в Veilig Thuis: 0800-2000"
    " (бесплатно, круглосуточно). При непосредственной опасности: 112.",
    "es": "Se han probado demasiados códigos incorrectos. Inténtalo dentro de una hora o llama a Veilig Thuis:"
    " 0800-2000 (gratis, 24/7). En peligro inmediato: 112.",
}
FOLLOWUP_DONE = {
    "nl": "Goed. Je kunt altijd terugkomen met je code. Bij direct gevaar: 112. Veilig Thuis: 0800-2000.",
    "en": "All right. You can always come back with your code. In immediate danger: 112. Veilig Thuis: 0800-2000.",
    "pl": "Dobrze. Zawsze możesz wrócić ze swoim kodem. W bezpośrednim niebezpieczeństwie: 112. Veilig Thuis:"
    " 0800-2000.",
    "ro": "Bine. Poți reveni oricând cu codul tău. În pericol imediat: 112. Veilig Thuis: 0800-2000.",
    "bg": "Добре. Винаги можете да се върнете с кода си. При пряка опасност: 112. Veilig Thuis: 0800-2000.",
    "uk": "Добре. Ви завжди можете повернутися зі своїм кодом. У безпосередній небезпеці: 112. Veilig Thuis:"
    " 0800-2000.",
    "ru": "Хорошо. Вы всегда можете вернуться со своим кодом. При непосредственной опасности: 112. Veilig Thuis:"
    " 0800-2000.",
    "es": "De acuerdo. Siempre puedes volver con tu código. En peligro inmediato: 112. Veilig Thuis: 0800-2000.",
}
FOLLOWUP_DONE_BUTTON = {
    "nl": "Klaar",
    "en": "Done",
    "pl": "Gotowe",
    "ro": "Gata",
    "bg": "Готово",
    "uk": "Готово",
    "ru": "Готово",
    "es": "Listo",
}

# For people writing in a language the assistant does not speak (yet): where help is, then English.
SAFETY_OTHER = {
    "fr": "Vous êtes en danger ? Appelez le 112. Veilig Thuis (aide en cas de violence et d'exploitation) :"
    " 0800-2000, gratuit, jour et nuit. Le bouton « Snel weg / Quick exit » en haut ferme ce chat."
    " Je peux continuer en anglais ou en néerlandais.",
    "pt": "Está em perigo? Ligue 112. Veilig Thuis (ajuda em caso de violência e exploração): 0800-2000, grátis,"
    " dia e noite. O botão «Snel weg / Quick exit» no topo fecha este chat. Posso continuar em inglês ou"
    " neerlandês.",
    "hu": "Veszélyben van? Hívja a 112-t. Veilig Thuis (segítség erőszak és kizsákmányolás esetén): 0800-2000,"
    " ingyenes, éjjel-nappal. A fenti „Snel weg / Quick exit” gomb bezárja ezt a csevegést. Angolul vagy"
    " hollandul tudom folytatni.",
    "ar": "هل أنت في خطر؟ اتصل بالرقم 112. Veilig Thuis (مساعدة في حالات العنف والاستغلال): 0800-2000، مجاناً،"
    " ليلاً ونهاراً. زر «Snel weg / Quick exit» في الأعلى يغلق هذه المحادثة. يمكنني المتابعة بالإنجليزية أو"
    " الهولندية.",
    "ti": "ኣብ ሓደጋ ዲኹም ዘለኹም? ናብ 112 ደውሉ። Veilig Thuis (ሓገዝ ኣብ ዓመጽን ምዝመዛን)፦ 0800-2000፣ ብነጻ፣ ለይትን"
    " መዓልትን። ኣብ ላዕሊ ዘሎ «Snel weg / Quick exit» ዝብል መልጎም እዚ ዕላል ይዓጽዎ። ብእንግሊዝኛ ወይ ብሆላንድኛ"
    " ክቕጽል እኽእል እየ።",
    "vi": "Bạn đang gặp nguy hiểm? Hãy gọi 112. Veilig Thuis (giúp đỡ khi bị bạo lực và bóc lột): 0800-2000,"
    " miễn phí, cả ngày lẫn đêm. Nút «Snel weg / Quick exit» ở trên cùng sẽ đóng cuộc trò chuyện này."
    " Tôi có thể tiếp tục bằng tiếng Anh hoặc tiếng Hà Lan.",
    "zh": "您有危险吗？请拨打 112。Veilig Thuis（暴力和剥削求助）：0800-2000，免费，全天 24 小时。"
    "页面顶部的“Snel weg / Quick exit”按钮可关闭此聊天。我可以用英语或荷兰语继续。",
}
