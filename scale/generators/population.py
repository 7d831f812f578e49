"""The skeleton of the community, planned before any row is written.

Only what later tables must agree with is kept, in compact arrays (a few bytes per member
or membership): each member's country and joining time, each group's country, city,
language, creation time and its members with their status and role. Ids are assigned
here (1…n in time order), so rows of every table can point at each other without
looking anything up. Everything else (names, texts, timestamps of posts) is drawn while
streaming.
"""

import math
from array import array
from bisect import bisect_right
from itertools import accumulate
from random import Random

from .world import COUNTRIES

DAY = 86400.0
GROWTH = 0.75  # activity grows over the years: t = start + span * u ** GROWTH

ACTIVE, PENDING, DECLINED, BANNED = 0, 1, 2, 3
MEMBER, MODERATOR, OWNER = 0, 1, 2
OPEN, APPROVAL, INVITATION = "open", "approval", "invitation"


def pareto(rng, alpha):
    """A heavy-tailed draw ≥ 1 (Pareto with shape alpha)."""
    return (1.0 - rng.random()) ** (-1.0 / alpha)


def lomax_count(rng, mean, alpha=2.2, cap=None):
    """A non-negative integer with the given mean and a long tail (Zipf-like threads: most
    posts get one or two replies, a few get dozens)."""
    scale = (mean + 0.5) * (alpha - 1.0)
    value = int(scale * ((1.0 - rng.random()) ** (-1.0 / alpha) - 1.0))
    return min(value, cap) if cap is not None else value


class Timeline:
    """Times for n things spread over the years, growing denser towards now; the i-th
    thing (by id) is never earlier than the (i-1)-th."""

    def __init__(self, start, now, count, offset_days=0.0):
        self.start = start + offset_days * DAY
        self.span = now - self.start
        self.count = max(count, 1)

    def at(self, index, rng):
        u = (index + rng.random()) / self.count
        return self.start + self.span * u**GROWTH


class Population:
    def __init__(self, plan, seed, now, languages):
        self.plan = plan
        self.now = now
        self.start = now - plan.years * 365.25 * DAY
        self.languages = languages  # codes present in languages.Language
        self.countries = COUNTRIES
        self.country_index = {country.code: i for i, country in enumerate(COUNTRIES)}
        self.country_cum = list(accumulate(country.weight for country in COUNTRIES))
        self._plan_members(Random(f"{seed}:plan-members"))
        self._plan_groups(Random(f"{seed}:plan-groups"))

    # Countries and members ----------------------------------------------------------------

    def random_country(self, rng, exclude=None):
        total = self.country_cum[-1]
        for _attempt in range(8):
            index = bisect_right(self.country_cum, rng.random() * total)
            index = min(index, len(self.countries) - 1)
            if index != exclude:
                return index
        return (exclude + 1) % len(self.countries)

    def _plan_members(self, rng):
        plan = self.plan
        count = plan.members
        self.user_country = array("B", bytes(count + 1))
        self.user_joined = array("d", [0.0]) * (count + 1)
        timeline = Timeline(self.start, self.now, count)
        bench = plan.bench_members
        germany, poland = self.country_index["DE"], self.country_index["PL"]
        for user_id in range(1, count + 1):
            if user_id <= bench:
                country = germany if user_id % 2 else poland
            else:
                country = self.random_country(rng)
            self.user_country[user_id] = country
            if user_id <= bench:
                # The bench members were there from the first day.
                self.user_joined[user_id] = self.start + user_id * 3600.0
            else:
                self.user_joined[user_id] = max(
                    timeline.at(user_id - 1, rng), self.start + bench * 3600.0
                )
        self.user_joined[0] = self.start - DAY
        self.users_by_country = [array("I") for _country in COUNTRIES]
        for user_id in range(1, count + 1):
            self.users_by_country[self.user_country[user_id]].append(user_id)

    def members_joined_by(self, moment):
        """How many members had joined at that moment (they are ids 1…that number)."""
        return max(bisect_right(self.user_joined, moment) - 1, 0)

    def member_in(self, rng, country, moment, skew=1.0):
        """A member of that country who had joined by then (earlier members more likely
        when skew > 1: veterans answer more); None when there is none."""
        cutoff = self.members_joined_by(moment)
        candidates = self.users_by_country[country]
        available = bisect_right(candidates, cutoff)
        if available == 0:
            return None
        return candidates[int(available * rng.random() ** skew)]

    def member_anywhere(self, rng, moment, skew=1.0):
        cutoff = self.members_joined_by(moment)
        if cutoff == 0:
            return 1
        return 1 + int(cutoff * rng.random() ** skew)

    # Groups and memberships ---------------------------------------------------------------

    def _group_language(self, rng, country):
        languages = [code for code in country.languages if code in self.languages]
        if not languages or rng.random() < 0.12:
            return "en"
        if len(languages) > 1 and rng.random() < 0.35:
            return rng.choice(languages[1:])
        return languages[0]

    def _plan_groups(self, rng):
        plan = self.plan
        count = plan.groups
        countries = []
        if count >= 2 * len(COUNTRIES):
            # Every country has a group; the rest follow the recruiter population.
            countries = list(range(len(COUNTRIES)))
            rng.shuffle(countries)
        while len(countries) < count:
            countries.append(self.random_country(rng))
        timeline = Timeline(self.start, self.now, count, offset_days=3)
        self.group_country = array("B", countries)
        self.group_city = array("B")
        self.group_created = array("d")
        self.group_language = []
        self.group_second_language = []
        self.group_policy = []
        for index in range(count):
            country = COUNTRIES[countries[index]]
            cities = country.cities
            self.group_city.append(
                rng.choices(range(len(cities)), weights=[city.weight for city in cities])[0]
            )
            self.group_created.append(timeline.at(index, rng))
            language = self._group_language(rng, country)
            self.group_language.append(language)
            second = None
            if language != "en" and rng.random() < 0.3:
                second = "en"
            elif language == "en" and country.language in self.languages and rng.random() < 0.2:
                second = country.language if country.language != "en" else None
            self.group_second_language.append(second)
            roll = rng.random()
            policy = OPEN if roll < 0.75 else APPROVAL if roll < 0.95 else INVITATION
            self.group_policy.append(policy)
        self._plan_memberships(rng)

    def _plan_memberships(self, rng):
        plan = self.plan
        count = plan.groups
        weights = [pareto(rng, 1.25) for _group in range(count)]
        total = sum(weights)
        cap = max(40, plan.members // 20)
        sizes = [min(cap, max(3, round(plan.memberships * w / total))) for w in weights]
        # What the biggest groups lose to the cap goes to the others, in proportion.
        uncapped = sum(size for size in sizes if size < cap)
        missing = plan.memberships - sum(sizes)
        if uncapped and missing > 0:
            factor = 1 + missing / uncapped
            sizes = [size if size >= cap else min(cap, round(size * factor)) for size in sizes]
        members_of = []
        for index in range(count):
            members_of.append(self._members_for(rng, index, sizes[index]))
        self._add_bench_members(rng, members_of)
        self.group_owner = array("I")
        self.member_offsets = array("I", [0])
        self.member_ids = array("I")
        self.member_status = array("B")
        self.member_role = array("B")
        self.group_active = array("I")
        for index, (owner, members) in enumerate(members_of):
            ordered = sorted(members)
            policy = self.group_policy[index]
            moderators = set()
            others = [member for member in ordered if member != owner]
            if len(ordered) >= 15 and others:
                wanted = min(5, 1 + len(ordered) // 300)
                moderators = set(rng.sample(others, min(wanted, len(others))))
            active = 0
            for member in ordered:
                if member == owner:
                    status, role = ACTIVE, OWNER
                elif member in moderators:
                    status, role = ACTIVE, MODERATOR
                else:
                    role = MEMBER
                    roll = rng.random()
                    if policy == APPROVAL:
                        status = (
                            ACTIVE
                            if roll < 0.9
                            else PENDING
                            if roll < 0.96
                            else DECLINED
                            if roll < 0.99
                            else BANNED
                        )
                    elif policy == OPEN:
                        status = BANNED if roll < 0.005 else ACTIVE
                    else:
                        status = ACTIVE
                active += status == ACTIVE
                self.member_ids.append(member)
                self.member_status.append(status)
                self.member_role.append(role)
            self.member_offsets.append(len(self.member_ids))
            self.group_owner.append(owner)
            self.group_active.append(active)
        # Questions and events go to groups in proportion to their size (plus a little).
        self.group_weight_cum = array("d", accumulate(active + 3.0 for active in self.group_active))

    def _members_for(self, rng, index, size):
        country = self.group_country[index]
        created = self.group_created[index]
        owner = self.member_in(rng, country, created) or self.member_anywhere(rng, created)
        members = {owner}
        local = self.users_by_country[country]
        local_wanted = min(len(local), int(size * 0.7))
        if local_wanted:
            members.update(rng.sample(local, local_wanted))
        attempts = 0
        while len(members) < size and attempts < size * 3:
            members.add(rng.randint(1, self.plan.members))
            attempts += 1
        return owner, members

    def _add_bench_members(self, rng, members_of):
        """Bench members belong to the biggest groups of their country and a few others."""
        by_country = {}
        for index, (_owner, members) in enumerate(members_of):
            by_country.setdefault(self.group_country[index], []).append((-len(members), index))
        for user_id in range(1, self.plan.bench_members + 1):
            home = sorted(by_country.get(self.user_country[user_id], []))[:3]
            chosen = [index for _size, index in home]
            chosen += rng.sample(range(len(members_of)), min(2, len(members_of)))
            for index in chosen:
                members_of[index][1].add(user_id)

    def members_slice(self, group):
        return self.member_offsets[group], self.member_offsets[group + 1]

    def is_active_member(self, group, user):
        start, end = self.members_slice(group)
        position = bisect_right(self.member_ids, user, start, end) - 1
        return (
            position >= start
            and self.member_ids[position] == user
            and self.member_status[position] == ACTIVE
        )

    def groups_created_by(self, moment):
        return bisect_right(self.group_created, moment)

    def random_group(self, rng, moment=None):
        """A group (index) that existed at that moment, bigger groups more likely."""
        available = len(self.group_created) if moment is None else self.groups_created_by(moment)
        available = max(available, 1)
        total = self.group_weight_cum[available - 1]
        index = bisect_right(self.group_weight_cum, rng.random() * total, 0, available)
        return min(index, available - 1)

    def active_members_sample(self, rng, group, count):
        """Up to count distinct active members of the group."""
        start, end = self.members_slice(group)
        size = end - start
        if size <= count * 2:
            members = [
                self.member_ids[i] for i in range(start, end) if self.member_status[i] == ACTIVE
            ]
            rng.shuffle(members)
            return members[:count]
        chosen = set()
        for _attempt in range(count * 3):
            position = start + int(rng.random() * size)
            if self.member_status[position] == ACTIVE:
                chosen.add(self.member_ids[position])
                if len(chosen) >= count:
                    break
        return list(chosen)


def clamp_time(moment, now):
    return min(moment, now - 60.0)


def positive_gap(rng, mean_days):
    return rng.expovariate(1.0 / (mean_days * DAY))


def log_uniform(rng, low, high):
    return math.exp(rng.uniform(math.log(low), math.log(high)))
