"""The principles' evidence of the sample portfolio: ratings, give and take, commitments.

Most customers are fair partners; a few show the "client as master" pattern (docs/domain.md
§3), so a newcomer sees the warning, and some give as much as they take.
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from relationdesk.db.models import new_id
from relationdesk.domain.evidence import (
    CommitmentFact,
    CommitmentOutcome,
    LedgerFact,
    LedgerKind,
    Principle,
    RatingFact,
)
from relationdesk.domain.meetings import Side

# fmt: off
LEDGER_WORDS: dict[str, dict[LedgerKind, str]] = {
    "it": {
        LedgerKind.CONCESSION: "Sconto del 5% sull'ordine",
        LedgerKind.EXTRA_WORK: "Consegna straordinaria di sabato",
        LedgerKind.RISK_ACCEPTED: "Abbiamo accettato il rischio di cambio",
        LedgerKind.INVESTMENT: "Formazione gratuita per il loro team",
        LedgerKind.FAVOUR: "Ci hanno presentato un nuovo cliente",
        LedgerKind.ONE_SIDED_DEMAND: "Pretendono il pagamento a 120 giorni",
        LedgerKind.RISK_SHIFTED: "Ci hanno scaricato il rischio del trasporto",
    },
    "id": {
        LedgerKind.CONCESSION: "Diskon 5% untuk pesanan",
        LedgerKind.EXTRA_WORK: "Pengiriman tambahan di hari Sabtu",
        LedgerKind.RISK_ACCEPTED: "Kami menanggung risiko kurs",
        LedgerKind.INVESTMENT: "Pelatihan gratis untuk tim mereka",
        LedgerKind.FAVOUR: "Mereka memperkenalkan kami ke klien baru",
        LedgerKind.ONE_SIDED_DEMAND: "Menuntut tempo pembayaran 120 hari",
        LedgerKind.RISK_SHIFTED: "Risiko pengiriman dialihkan ke kami",
    },
    "ro": {
        LedgerKind.CONCESSION: "Reducere de 5% la comandă",
        LedgerKind.EXTRA_WORK: "Livrare suplimentară sâmbăta",
        LedgerKind.RISK_ACCEPTED: "Am preluat riscul valutar",
        LedgerKind.INVESTMENT: "Instruire gratuită pentru echipa lor",
        LedgerKind.FAVOUR: "Ne-au recomandat unui client nou",
        LedgerKind.ONE_SIDED_DEMAND: "Cer plata la 120 de zile",
        LedgerKind.RISK_SHIFTED: "Ne-au transferat riscul transportului",
    },
    "en": {
        LedgerKind.CONCESSION: "5% discount on the order",
        LedgerKind.EXTRA_WORK: "Extra Saturday delivery",
        LedgerKind.RISK_ACCEPTED: "We took on the currency risk",
        LedgerKind.INVESTMENT: "Free training for their team",
        LedgerKind.FAVOUR: "Introduced us to a new customer",
        LedgerKind.ONE_SIDED_DEMAND: "Demanded 120-day payment terms",
        LedgerKind.RISK_SHIFTED: "Shifted the transport risk onto us",
    },
}
PROMISES: dict[str, dict[Side, tuple[str, ...]]] = {
    "it": {Side.US: ("Inviare i campioni entro venerdì", "Preparare l'offerta per la linea 3"),
           Side.CUSTOMER: ("Confermare l'ordine quadro", "Pagare la fattura di marzo")},
    "id": {Side.US: ("Kirim sampel sebelum Jumat", "Siapkan penawaran untuk lini 3"),
           Side.CUSTOMER: ("Konfirmasi pesanan tahunan", "Bayar tagihan bulan Maret")},
    "ro": {Side.US: ("Trimitem mostrele până vineri", "Pregătim oferta pentru linia 3"),
           Side.CUSTOMER: ("Confirmă comanda-cadru", "Plătesc factura din martie")},
    "en": {Side.US: ("Send the samples by Friday", "Prepare the quote for line 3"),
           Side.CUSTOMER: ("Confirm the framework order", "Pay the March invoice")},
}
CURRENCIES = {"IT": "EUR", "ID": "IDR", "RO": "RON", "GB": "GBP", "IE": "EUR", "US": "USD",
              "CA": "CAD", "AU": "AUD"}
# fmt: on
GIVING = (
    LedgerKind.CONCESSION,
    LedgerKind.EXTRA_WORK,
    LedgerKind.RISK_ACCEPTED,
    LedgerKind.INVESTMENT,
    LedgerKind.FAVOUR,
)


@dataclass
class SampleLedger:
    days_ago: float
    given_by: Side
    kind: LedgerKind
    description: str
    value: float | None
    returned: bool


@dataclass
class SampleCommitment:
    days_ago: float
    made_by: Side
    description: str
    outcome: CommitmentOutcome


@dataclass
class SampleEvidence:
    ratings: list[tuple[float, Principle, int]]  # (days ago, principle, 1-5)
    ledger: list[SampleLedger]
    commitments: list[SampleCommitment]


def generate_evidence(
    rng: random.Random, language: str, meeting_days: list[float]
) -> SampleEvidence:
    """A fair partner (most), a "master" client (about one in eight) or a cool one."""
    profile = rng.random()
    master = profile < 0.12
    fair = profile > 0.35
    words, promises = LEDGER_WORDS[language], PROMISES[language]
    evidence = SampleEvidence([], [], [])
    base = 2 if master else (4 if fair else 3)
    for days in sorted(meeting_days)[:6]:  # ratings after the most recent meetings
        for principle in Principle:
            rating = max(1, min(5, base + rng.choice((-1, 0, 0, 1))))
            if master and principle in (Principle.AUTONOMY, Principle.RECIPROCITY):
                rating = rng.choice((1, 2))
            evidence.ratings.append((days, principle, rating))
    for _ in range(rng.randint(2, 6)):
        ours = master or rng.random() < 0.5
        kind = rng.choice(GIVING[:4] if ours else GIVING)
        value = round(rng.uniform(200, 5000), -1) if rng.random() < 0.6 else None
        evidence.ledger.append(
            SampleLedger(
                rng.uniform(5, 300),
                Side.US if ours else Side.CUSTOMER,
                kind,
                words[kind],
                value,
                returned=fair and ours and rng.random() < 0.6,
            )
        )
    if master:
        for kind in (
            LedgerKind.ONE_SIDED_DEMAND,
            LedgerKind.RISK_SHIFTED,
            LedgerKind.ONE_SIDED_DEMAND,
        ):
            evidence.ledger.append(
                SampleLedger(rng.uniform(5, 200), Side.CUSTOMER, kind, words[kind], None, False)
            )
    for side in (Side.US, Side.CUSTOMER):
        for text in promises[side]:
            if master and side is Side.CUSTOMER:
                outcome = rng.choice((CommitmentOutcome.BROKEN, CommitmentOutcome.LATE))
            else:
                outcome = rng.choice(
                    (
                        CommitmentOutcome.KEPT,
                        CommitmentOutcome.KEPT,
                        CommitmentOutcome.LATE,
                        CommitmentOutcome.OPEN,
                    )
                )
            evidence.commitments.append(SampleCommitment(rng.uniform(10, 250), side, text, outcome))
    return evidence


def evidence_rows(
    evidence: SampleEvidence, customer_id: str, now: datetime
) -> tuple[
    dict[str, list[dict[str, object]]], list[RatingFact], list[LedgerFact], list[CommitmentFact]
]:
    """Table rows for bulk insert, and the same evidence as facts for scoring."""
    rows: dict[str, list[dict[str, object]]] = {"rating": [], "ledger": [], "commitment": []}
    ratings, ledger, commitments = [], [], []
    for days, principle, value in evidence.ratings:
        when = now - timedelta(days=days)
        rows["rating"].append(
            {
                "id": new_id(),
                "customer_id": customer_id,
                "meeting_id": None,
                "principle": principle.value,
                "rating": value,
                "note": "",
                "rated_at": when,
                "created_at": when,
                "updated_at": when,
            }
        )
        ratings.append(RatingFact(when.replace(tzinfo=None), principle, value))
    for item in evidence.ledger:
        when = now - timedelta(days=item.days_ago)
        entry_id, returner_id = new_id(), None
        if item.returned:  # the customer gave something back: a favour, linked as the return
            returner_id = new_id()
            back = when + timedelta(days=14)
            rows["ledger"].append(
                {
                    "id": returner_id,
                    "customer_id": customer_id,
                    "given_by": Side.CUSTOMER.value,
                    "kind": LedgerKind.FAVOUR.value,
                    "description": "↩ " + item.description,
                    "value": None,
                    "occurred_at": back,
                    "returned_by_id": None,
                    "created_at": back,
                    "updated_at": back,
                }
            )
            ledger.append(LedgerFact(back.replace(tzinfo=None), Side.CUSTOMER, LedgerKind.FAVOUR))
        rows["ledger"].append(
            {
                "id": entry_id,
                "customer_id": customer_id,
                "given_by": item.given_by.value,
                "kind": item.kind.value,
                "description": item.description,
                "value": item.value,
                "occurred_at": when,
                "returned_by_id": returner_id,
                "created_at": when,
                "updated_at": when,
            }
        )
        ledger.append(
            LedgerFact(
                when.replace(tzinfo=None), item.given_by, item.kind, item.value, item.returned
            )
        )
    for promise in evidence.commitments:
        when = now - timedelta(days=promise.days_ago)
        due = when + timedelta(days=10)
        resolved = None if promise.outcome is CommitmentOutcome.OPEN else due
        rows["commitment"].append(
            {
                "id": new_id(),
                "customer_id": customer_id,
                "made_by": promise.made_by.value,
                "description": promise.description,
                "made_at": when,
                "due_at": due,
                "outcome": promise.outcome.value,
                "resolved_at": resolved,
                "created_at": when,
                "updated_at": when,
            }
        )
        commitments.append(
            CommitmentFact(
                when.replace(tzinfo=None),
                promise.made_by,
                promise.outcome,
                due.replace(tzinfo=None),
            )
        )
    return rows, ratings, ledger, commitments
