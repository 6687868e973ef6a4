"""A staff member takes over an SMS conversation: the reporter hears it, and the reply arrives by SMS."""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

from channels.texts import STAFF_JOINED, STAFF_LEFT
from meldpunt.settings import Settings
from store.db import Store
from tests.channels.test_twilio import Texter
from tests.conftest import System
from tests.console.conftest import Staff, make_staff


def _post(system: System, staff: Staff, path: str, form: dict[str, str]) -> int:
    req = urllib.request.Request(
        system.base_url + path, data=urllib.parse.urlencode(form).encode(), headers=staff.headers(), method="POST"
    )
    try:
        with urllib.request.build_opener(_NoRedirect()).open(req, timeout=30) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as err:  # the console answers a form with 303 to the page
        err.close()
        return err.code


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _wait_for(texter: Texter, wanted: str, timeout: float = 30) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        bodies = [m.get("Body", "") for m in texter.providers.twilio.to(texter.address)]
        if any(wanted in body for body in bodies):
            return bodies
        time.sleep(0.1)
    raise AssertionError(f"no SMS with {wanted!r}")


def test_staff_take_over_an_sms_conversation_and_reply_by_sms(system: System) -> None:
    texter = Texter(system, "+316" + str(uuid.uuid4().int)[:8])
    texter.say("Hallo, ik wil met een medewerker praten")
    conversation = texter.conversation()
    assert conversation.state == "waiting_for_staff"

    staff = make_staff(Store(Settings(data_dir=system.data_dir)), "sms-" + uuid.uuid4().hex[:6], "staff")
    assert _post(system, staff, f"/staff/conversations/{conversation.id}/takeover", {}) == 303
    _wait_for(texter, STAFF_JOINED["nl"][:40])

    # While a person holds the conversation the bot says nothing; the staff member's words arrive by SMS.
    before = len(texter.providers.twilio.to(texter.address))
    texter.say("Is daar iemand?")
    assert len(texter.providers.twilio.to(texter.address)) == before
    assert (
        _post(system, staff, f"/staff/conversations/{conversation.id}/reply", {"text": "Ik ben Anna van Veilig Thuis."})
        == 303
    )
    _wait_for(texter, "Ik ben Anna van Veilig Thuis.")

    assert _post(system, staff, f"/staff/conversations/{conversation.id}/handback", {}) == 303
    _wait_for(texter, STAFF_LEFT["nl"][:40])
    assert texter.conversation().state == "bot"
