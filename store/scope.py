"""Region scoping: staff, coordinators and API tokens see only their own region's signals and conversations.

Another region's signal is answered as if it did not exist (404, so its existence is not confirmed) and the
attempt is audited as a refusal. A conversation belongs to the region of its signal; until a signal exists
(the reporter is still talking), to the home region, whose staff run the live queue.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.audit import audit
from store.models import Conversation, Signal
from store.staff import ConversationHold


def refuse(session: Session, actor: str, object_type: str, object_id: str | None) -> None:
    audit(session, actor, "access.refused", object_type, object_id, reason="other region")


def signal_for(session: Session, actor: str, region: str, signal_id: str) -> Signal | None:
    """The signal if it is in `region`; None if it does not exist or is another region's (refusal audited)."""
    signal = session.get(Signal, signal_id)
    if signal is None:
        return None
    if signal.region != region:
        refuse(session, actor, "signal", signal_id)
        return None
    return signal


def conversation_region(session: Session, conversation: Conversation, home: str) -> str:
    region = session.scalar(select(Signal.region).where(Signal.conversation_id == conversation.id))
    if region is None and conversation.followup_signal_id:  # a reporter back with a receipt code
        region = session.scalar(select(Signal.region).where(Signal.id == conversation.followup_signal_id))
    return region or home


def conversation_for(
    session: Session, actor: str, region: str, home: str, conversation_id: str, account_id: str | None = None
) -> Conversation | None:
    """The conversation if it is in `region` (or held by `account_id`, who keeps talking to the reporter even
    when the signal stored meanwhile moved it to another region); None otherwise (refusal audited)."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return None
    if conversation_region(session, conversation, home) == region:
        return conversation
    hold = session.get(ConversationHold, conversation_id) if account_id else None
    if hold is not None and hold.held_by == account_id and conversation.state == "staff":
        return conversation
    refuse(session, actor, "conversation", conversation_id)
    return None
