"""What people learned and what they thought: the question bank, a workshop's forms (pre-test,
post-test, evaluation) and each person's filled-in sheet.

A question's texts are per language ({"en": …, "ru": …}) with the handouts' fallback rule; its
options are a list, each {language: text}, lettered A, B, C… in order. A form numbers its items
1, 2, 3… as they are printed: a post-test holds the pre-test's questions, in another order when
the trainer asked for shuffling, and scores compare answers question by question, not number by
number. An answer is stored normalised (see `model/evaluation.py`): "B", "AC", "T", "4", free
text, or "" for a question left blank; a person's answers to a form are one `FormSheet`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jpoa_desktop.db.models import Base, Tracked, utc_now


class Question(Tracked, Base):
    __tablename__ = "question"

    # A pillar's or an area's library key ("pillar-2", …); "" for general evaluation questions.
    item_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    purpose: Mapped[str] = mapped_column(String(16), default="test")  # "test" | "evaluation"
    kind: Mapped[str] = mapped_column(String(16))  # single multiple truefalse scale open
    # Evaluation questions: satisfaction, relevance, organisation, facilitators or comments.
    aspect: Mapped[str] = mapped_column(String(32), default="")
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    options: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    correct: Mapped[str] = mapped_column(String(16), default="")  # "B", "AC", "T"; "" if none
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(16), default="")  # "starter" | "" (the user's)
    # Taken out of the bank but kept, since forms already printed still point at it.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class EvaluationForm(Tracked, Base):
    __tablename__ = "evaluation_form"
    __table_args__ = (UniqueConstraint("workshop_id", "kind", name="uq_evaluation_form_kind"),)

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "pre" | "post" | "evaluation"
    shuffled: Mapped[bool] = mapped_column(Boolean, default=False)
    per_session: Mapped[bool] = mapped_column(Boolean, default=False)  # evaluation forms

    items: Mapped[list[FormItem]] = relationship(
        back_populates="form",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FormItem.number",
    )


class FormItem(Tracked, Base):
    __tablename__ = "form_item"
    __table_args__ = (UniqueConstraint("form_id", "number", name="uq_form_item_number"),)

    form_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_form.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3… as printed
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="RESTRICT"))
    # An evaluation asked per session: the agenda session's key; "" for the whole workshop.
    session_key: Mapped[str] = mapped_column(String(36), default="")

    form: Mapped[EvaluationForm] = relationship(back_populates="items")
    question: Mapped[Question] = relationship()


class FormSheet(Tracked, Base):
    """One person's filled-in form: every answer in item order, and what it scores.

    `answers[i]` is item number i + 1's answer, normalised ("" = left blank), as long as the
    form's items. A person has taken a form when they have a sheet for it. `score` (test forms:
    the share of scored items right, 0–1) and `satisfaction` (evaluation forms: the mean of the
    1–5 answers to "satisfaction" items) are worked out by `model/evaluation.mark_sheet` whenever
    the answers are written, so that a report over hundreds of workshops reads one column
    instead of marking every answer again; one row per person and form (not per answer) keeps
    the large demo's 50,000 participants at 150,000 rows and a package's records few.
    """

    __tablename__ = "form_sheet"
    __table_args__ = (UniqueConstraint("form_id", "registration_id", name="uq_form_sheet_person"),)

    form_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_form.id", ondelete="CASCADE"), index=True
    )
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    answers: Mapped[list[str]] = mapped_column(JSON, default=list)
    score: Mapped[float | None] = mapped_column(Float)
    satisfaction: Mapped[float | None] = mapped_column(Float)
    entered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
