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
    "pl": "Powiadomiłem pracownika Veilig Thuis. Jeśli nikt szybko nie odpowie, zadzwoń 0800-2000"
    " (bezpłatnie, 24/7). W bezpośrednim niebezpieczeństwie: 112.",
    "ro": "Am anunțat un angajat Veilig Thuis. Dacă nu răspunde nimeni curând, sună la 0800-2000"
    " (gratuit, 24/7). În pericol imediat: 112.",
    "bg": "Уведомих служител на Veilig Thuis. Ако никой не отговори скоро, обадете се на 0800-2000"
    " (безплатно, 24/7). При пряка опасност: 112.",
    "uk": "Я повідомив працівника Veilig Thuis. Якщо ніхто скоро не відповість, телефонуйте 0800-2000"
    " (безкоштовно, цілодобово). У безпосередній небезпеці: 112.",
    "ru": "Я уведомил сотрудника Veilig Thuis. Если никто скоро не ответит, звоните 0800-2000"
    " (бесплатно, круглосуточно). При непосредственной опасности: 112.",
    "es": "He avisado a una persona de Veilig Thuis. Si nadie responde pronto, llama al 0800-2000"
    " (gratis, 24/7). En peligro inmediato: 112.",
}


def say(table: dict[str, str], language: str | None) -> str:
    return table.get(language or "nl", table["nl"])
