"""The sample portfolio's lifecycle, money and word of mouth (docs/domain.md §4).

Each customer is dealt a profile (prospect, tester, buyer, account, patron-friend,
sponsor-champion, a costly declining one, or a former customer) by share, among the
profiles its principles' evidence fits: only a healthy personal partnership becomes a
patron-friend and only weak health a costly, declining customer, so the disengage rule
flags those. The purchases fit the stage, so the lifecycle suggestion agrees with it except
for a few customers whose buying has grown (the UI then proposes the move up). Sponsors
refer prospects who come after them, so the referral shows on both sides.

Its random stream is separate from the one the customers come from: the portfolio's names,
meetings and evidence stay what they were.
"""

import random
from collections import deque
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from relationdesk.db.models import new_id
from relationdesk.domain.disengage import DEFAULT_DISENGAGE_THRESHOLDS
from relationdesk.domain.economics import PeriodKind, period_bounds
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.lifecycle import DEFAULT_LIFECYCLE_THRESHOLDS
from relationdesk.services.samples.sample_markets import LIFECYCLE_WORDS

Rows = dict[str, list[dict[str, object]]]
Span = tuple[PeriodKind, date, date]


class Profile(StrEnum):
    PROSPECT = "prospect"
    TESTER = "tester"
    BUYER = "buyer"
    ACCOUNT = "account"
    PATRON = "patron"
    SPONSOR = "sponsor"
    COSTLY = "costly"  # costs a lot, weak health, buying less: a candidate to disengage
    FORMER = "former"


_CLIMB = ("prospect", "tester", "buyer")
# fmt: off
# Each profile's share of the portfolio, its contacts' recommendation answers (0-10; the
# costly ones sour in the last months) and its moves up (or down) the lifecycle ladder.
PROFILES: dict[Profile, tuple[float, tuple[int, int], tuple[str, ...]]] = {
    Profile.PROSPECT: (0.10, (0, 0), _CLIMB[:1]),
    Profile.TESTER: (0.12, (6, 9), _CLIMB[:2]),
    Profile.BUYER: (0.25, (6, 9), _CLIMB),
    Profile.ACCOUNT: (0.24, (7, 10), (*_CLIMB, "account")),
    Profile.PATRON: (0.08, (8, 10), (*_CLIMB, "account", "patron_friend")),
    Profile.SPONSOR: (0.08, (8, 10), (*_CLIMB, "account", "sponsor_champion")),
    Profile.COSTLY: (0.07, (6, 9), (*_CLIMB, "account", "buyer")),
    Profile.FORMER: (0.06, (4, 8), (*_CLIMB, "former")),
}
# How many units of the currency a euro is worth, and the step amounts are rounded to.
SCALE = {"EUR": (1.0, 10), "GBP": (0.85, 10), "USD": (1.1, 10), "CAD": (1.5, 10),
         "AUD": (1.65, 10), "RON": (5.0, 10), "IDR": (17000.0, 10000)}
# fmt: on
PERSONAL_PARTNER = "collaborative_personal_partner"


def fits(profile: Profile, health: float | None, personal: bool) -> bool:
    """Whether the principles' evidence suits the profile, so the rules agree with it."""
    healthy = health is not None and health >= DEFAULT_LIFECYCLE_THRESHOLDS.healthy_score
    if profile is Profile.COSTLY:
        return health is not None and health < DEFAULT_DISENGAGE_THRESHOLDS.weak_health
    if profile is Profile.PATRON:
        return personal and health is not None and health >= 60
    if profile is Profile.SPONSOR:
        return health is not None and health >= 60
    if profile is Profile.ACCOUNT:  # else the evidence would propose patron-friend
        return not (personal and healthy)
    if profile is Profile.FORMER:  # a personal partnership does not end like this
        return not personal
    return True


def _month(today: date, back: int) -> Span:
    index = today.year * 12 + today.month - 1 - back
    return (PeriodKind.MONTH, *period_bounds(PeriodKind.MONTH, index // 12, index % 12 + 1))


def _quarter(today: date, back: int) -> Span:
    index = today.year * 4 + (today.month - 1) // 3 - back
    return (PeriodKind.QUARTER, *period_bounds(PeriodKind.QUARTER, index // 4, index % 4 + 1))


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


class SampleLifecycle:
    """Deals profiles to the sample customers one by one and writes their rows."""

    def __init__(self, seed: int, now: datetime) -> None:
        self.rng = random.Random(f"lifecycle-{seed}")
        self.today = now.date()
        self.dealt = dict.fromkeys(Profile, 0)
        self.waiting: deque[tuple[str, str, str, date]] = deque()  # sponsors to pair
        self.unreferred: list[str] = []  # prospects and testers nobody referred yet
        # The customer being dealt: its words, currency and rows.
        self.words: dict[str, str] = {}
        self.scale, self.step = 1.0, 10
        self.customer_id = ""
        self.floor = self.today
        self.rows: Rows = {}

    def add(self, customer: dict[str, object], contact_ids: list[str], language: str) -> Rows:
        """The customer's lifecycle moves, periods, answers (and a referral, if one is
        due); sets its cached lifecycle stage."""
        health = customer["health_score"]
        personal = customer["suggested_stage"] == PERSONAL_PARTNER
        profile = self._deal(health, personal)
        rank = self.dealt[profile]
        self.dealt[profile] += 1
        self.words = LIFECYCLE_WORDS[language]
        self.scale, self.step = SCALE.get(str(customer["currency"]), (1.0, 10))
        self.customer_id = str(customer["id"])
        self.rows = {"lifecycle": [], "period": [], "recommendation": [], "referral": []}
        created = customer["created_at"]
        assert isinstance(created, datetime)
        self.floor = created.date()
        moves = getattr(self, f"_{profile.value}")(rank)
        stages = PROFILES[profile][2]
        self._moves(stages, moves, profile)
        customer["lifecycle_stage"] = stages[-1]
        if profile is Profile.SPONSOR:
            referred_on = max(moves[-2] + timedelta(days=1), moves[-1] - timedelta(days=12))
            self.waiting.append(
                (self.customer_id, str(customer["name"]), contact_ids[0], referred_on)
            )
        elif profile in (Profile.PROSPECT, Profile.TESTER):
            self.unreferred.append(self.customer_id)
        self._answers(profile, contact_ids, moves)
        return self.rows

    def remaining_referrals(self) -> list[dict[str, object]]:
        """Sponsors no later prospect was left for refer an earlier prospect or tester."""
        self.rows = {"referral": []}
        while self.waiting and self.unreferred:
            sponsor_id, _name, contact_id, referred_on = self.waiting.popleft()
            self._referral(sponsor_id, contact_id, self.unreferred.pop(0), referred_on)
        return self.rows["referral"]

    # --- dealing -------------------------------------------------------------------------

    def _deal(self, health: object, personal: bool) -> Profile:
        """The fitting profile furthest behind its share (a little noise breaks ties);
        few customers fit patron-friend, so one that does gets a head start."""
        dealt = sum(self.dealt.values()) + 1
        score = float(health) if isinstance(health, float | int) else None

        def behind(profile: Profile) -> float:
            head_start = 1.0 if profile is Profile.PATRON else 0.0
            noise = self.rng.uniform(0, 0.5)
            return PROFILES[profile][0] * dealt - self.dealt[profile] + head_start + noise

        return max((p for p in Profile if fits(p, score, personal)), key=behind)

    # --- each profile's purchases; returns the dates of its lifecycle moves ---------------

    def _prospect(self, rank: int) -> list[date]:
        return [self.today - timedelta(days=self.rng.randint(10, 400))]

    def _tester(self, rank: int) -> list[date]:
        reordered = rank % 4 == 1  # bought a second time: the evidence says buyer
        back = self.rng.randint(2 if reordered else 1, 4)
        trial = _month(self.today, back)
        self._period(trial, self.rng.uniform(1500, 6000), 1, 1, (0.03, 0.08))
        if reordered:
            again = _month(self.today, self.rng.randint(1, back - 1))
            self._period(again, self.rng.uniform(1500, 5000), 1, 2, (0.03, 0.08))
        tester_on = trial[1] + timedelta(days=self.rng.randint(0, 20))
        return [*self._before(tester_on, 1, (30, 150)), tester_on]

    def _buyer(self, rank: int) -> list[date]:
        rising = rank % 5 == 2  # now buys every month, more lines: the evidence says account
        months = self.rng.randint(6, 14)
        second = months - self.rng.randint(1, 3)
        base = self.rng.uniform(3000, 12000)
        recent_buys = 0
        for back in range(months, 0, -1):
            span = _month(self.today, back)
            if back == months:
                self._period(span, base * 0.5, 1, 1, (0.03, 0.08))
                continue
            buys = back == second or self.rng.random() < 0.5
            if back <= 5:  # at most 3 of the last months, or it would be regular buying
                buys = rising or (buys and recent_buys < 3)
                recent_buys += buys
            if buys:
                lines = self.rng.randint(3, 4) if rising and back <= 3 else self.rng.randint(1, 2)
                revenue = base * self.rng.uniform(0.6, 1.4)
                self._period(span, revenue, self.rng.randint(1, 2), lines, (0.04, 0.1))
            elif self.rng.random() < 0.5:  # no order, but the customer still called
                self._period(span, 0, 0, 0, (0, 0), fixed_care=self.rng.uniform(50, 300))
        tester_on = _month(self.today, months)[1] + timedelta(days=self.rng.randint(0, 20))
        buyer_on = _month(self.today, second)[1] + timedelta(days=self.rng.randint(0, 25))
        return [*self._before(tester_on, 1, (30, 150)), tester_on, buyer_on]

    def _account(self, rank: int, monthly: tuple[float, float] = (12000, 40000)) -> list[date]:
        quarterly = self.rng.random() < 0.25
        count = self.rng.randint(4, 6) if quarterly else self.rng.randint(10, 14)
        spans = [
            _quarter(self.today, b) if quarterly else _month(self.today, b)
            for b in range(count, 0, -1)
        ]
        base = self.rng.uniform(*monthly) * (3 if quarterly else 1)
        became = len(spans) // 3
        wide = (4, 8) if monthly[0] > 20000 else (3, 6)
        for index, span in enumerate(spans):
            growth = 0.7 + 0.4 * index / len(spans)
            orders = self.rng.randint(2, 6) * (3 if quarterly else 1)
            lines = self.rng.randint(*wide) if index >= became else 2
            revenue = base * growth * self.rng.uniform(0.85, 1.15)
            self._period(span, revenue, orders, lines, (0.03, 0.07), assistance=(0.01, 0.04))
        account_on = spans[became][1] + timedelta(days=self.rng.randint(1, 20))
        return [*self._before(account_on, 3, (60, 200)), account_on]

    def _patron(self, rank: int) -> list[date]:
        moves = self._account(rank, (30000, 80000))
        return [*moves, self._later(moves[-1])]

    def _sponsor(self, rank: int) -> list[date]:
        moves = self._account(rank, (20000, 60000))
        return [*moves, self._later(moves[-1])]

    def _costly(self, rank: int) -> list[date]:
        base = self.rng.uniform(8000, 20000) * 3
        for back in range(8, 0, -1):
            span = _quarter(self.today, back)
            if back > 4:  # a good account a year ago
                revenue = base * self.rng.uniform(0.9, 1.15)
                orders, lines = self.rng.randint(6, 12), self.rng.randint(3, 4)
                self._period(span, revenue, orders, lines, (0.08, 0.12), assistance=(0.04, 0.08))
                continue
            revenue = base * (0.35 + 0.1 * back) * self.rng.uniform(0.9, 1.1)
            orders, lines = self.rng.randint(2, 5), self.rng.randint(1, 2)
            note = self.words["costly"] if self.rng.random() < 0.5 else ""
            self._period(
                span, revenue, orders, lines, (0.3, 0.4), (0.2, 0.3), (0.02, 0.06), note=note
            )
        account_on = _quarter(self.today, self.rng.randint(6, 7))[1]
        down_on = self.today - timedelta(days=self.rng.randint(45, 150))
        return [*self._before(account_on, 3, (60, 200)), account_on, down_on]

    def _former(self, rank: int) -> list[date]:
        count = self.rng.randint(3, 5)
        base = self.rng.uniform(5000, 15000) * 3
        for index, back in enumerate(range(count + 4, 4, -1)):
            revenue = base * (1 - 0.15 * index) * self.rng.uniform(0.9, 1.1)
            lines = self.rng.randint(1, 3)
            self._period(
                _quarter(self.today, back), revenue, self.rng.randint(2, 6), lines, (0.05, 0.12)
            )
        first = _quarter(self.today, count + 4)[1]
        tester_on = first + timedelta(days=self.rng.randint(1, 20))
        buyer_on = tester_on + timedelta(days=self.rng.randint(30, 90))
        former_on = _quarter(self.today, 5)[2] + timedelta(days=self.rng.randint(20, 80))
        return [*self._before(tester_on, 1, (30, 150)), tester_on, buyer_on, former_on]

    def _later(self, after: date) -> date:
        """A move a few weeks to months after `after`, and not in the future."""
        latest = self.today - timedelta(days=5)
        later = after + timedelta(days=self.rng.randint(60, 240))
        return min(later, latest) if latest > after else after + timedelta(days=1)

    def _before(self, first: date, count: int, gap: tuple[int, int]) -> list[date]:
        """`count` earlier moves, oldest first, none before the customer was created."""
        days = [first]
        for _ in range(count):
            earlier = days[0] - timedelta(days=self.rng.randint(*gap))
            days.insert(0, max(earlier, self.floor))
        return days[:-1]

    # --- rows ----------------------------------------------------------------------------

    def _money(self, euros: float) -> int:
        """Euros in the customer's currency, rounded to its step, as minor units."""
        return round(euros * self.scale / self.step) * self.step * 100

    def _period(
        self,
        span: Span,
        revenue: float,
        orders: int,
        lines: int,
        care: tuple[float, float],
        assistance: tuple[float, float] = (0, 0),
        other: tuple[float, float] = (0, 0.02),
        *,
        note: str = "",
        fixed_care: float | None = None,
    ) -> None:
        """A period's row; costs as shares of its revenue (care, or fixed euros)."""
        kind, starts_on, ends_on = span
        share = self.rng.uniform
        self._add(
            "period",
            min(ends_on + timedelta(days=3), self.today),
            customer_id=self.customer_id,
            kind=kind.value,
            starts_on=starts_on,
            ends_on=ends_on,
            revenue=self._money(revenue),
            care_cost=self._money(revenue * share(*care) if fixed_care is None else fixed_care),
            assistance_cost=self._money(revenue * share(*assistance)),
            other_cost=self._money(revenue * share(*other)),
            orders=orders,
            product_lines=lines,
            note=note,
        )

    def _add(self, table: str, day: date, **values: object) -> None:
        stamp = _stamp(day)
        self.rows[table].append(
            {"id": new_id(), **values, "created_at": stamp, "updated_at": stamp}
        )

    def _moves(self, stages: tuple[str, ...], days: list[date], profile: Profile) -> None:
        previous: str | None = None
        changed_on = self.floor - timedelta(days=1)
        for index, stage in enumerate(stages):
            changed_on = max(days[index], changed_on + timedelta(days=1))
            reason = self.words[stage]
            if profile is Profile.COSTLY and index == len(stages) - 1:
                reason = self.words["down"]
            if index == 0 and profile is Profile.PROSPECT and self.waiting:
                sponsor_id, name, contact_id, referred_on = self.waiting.popleft()
                changed_on = max(referred_on, changed_on)
                reason = self.words["referred"].format(name=name)
                self._referral(sponsor_id, contact_id, self.customer_id, changed_on)
            self._add(
                "lifecycle",
                changed_on,
                customer_id=self.customer_id,
                stage=LifecycleStage(stage).value,
                previous_stage=previous,
                changed_on=changed_on,
                reason=reason,
            )
            previous = stage

    def _referral(self, sponsor_id: str, contact_id: str, referred_id: str, day: date) -> None:
        self._add(
            "referral",
            day,
            sponsor_customer_id=sponsor_id,
            sponsor_contact_id=contact_id,
            referred_customer_id=referred_id,
            referred_on=day,
            note="",
        )

    def _answers(self, profile: Profile, contact_ids: list[str], moves: list[date]) -> None:
        """Some contacts answer 'would you recommend us?' once to three times since their
        first order; a sponsor's first contact is a recent promoter."""
        if profile is Profile.PROSPECT:
            return
        start = max(moves[1], self.today - timedelta(days=720))
        end = moves[-1] if profile is Profile.FORMER else self.today
        span = max(1, (end - start).days)
        low, high = PROFILES[profile][1]
        likely = 0.6 if profile in (Profile.ACCOUNT, Profile.PATRON, Profile.SPONSOR) else 0.4
        for index, contact_id in enumerate(contact_ids):
            if profile is Profile.SPONSOR and index == 0:
                recent = self.today - timedelta(days=self.rng.randint(20, 200))
                self._answer(contact_id, max(start, recent), self.rng.randint(9, 10))
                continue
            if self.rng.random() > likely:
                continue
            for _ in range(self.rng.randint(1, 3)):
                day = start + timedelta(days=self.rng.randint(0, span))
                score = self.rng.randint(low, high)
                if profile is Profile.COSTLY and (self.today - day).days < 270:
                    score = self.rng.randint(1, 5)
                self._answer(contact_id, min(day, self.today), score)

    def _answer(self, contact_id: str, day: date, score: int) -> None:
        note = ""
        if score >= 9 and self.rng.random() < 0.4:
            note = self.words["promoter"]
        elif score <= 6 and self.rng.random() < 0.4:
            note = self.words["detractor"]
        self._add(
            "recommendation",
            day,
            customer_id=self.customer_id,
            contact_id=contact_id,
            score=score,
            answered_on=day,
            note=note,
        )
