"""What the bench's peers share: the questions' parameters, the placement-group mapping
and the stock-flow stepping (60 states, a few microseconds; the measuring is in each peer).

Every peer prints its answers as canonical lines (`Q1 group=count`, …) that Scripts/bench
compares with carebook's."""

import csv, datetime, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ASAT = datetime.date(2019, 3, 31)
ADMISSIONS_FROM, ADMISSIONS_TO = datetime.date(2013, 4, 1), datetime.date(2020, 3, 31)
WINDOW_FROM = datetime.date(2018, 4, 1)          # rolling 12 months to ASAT (and the projection's window)
COHORT_GROUP = "Commissioned children's home"
STEP_TO, STEP_MIN_AGE, SUCCESS_PCT, WEEKS_PER_YEAR = "In-house fostering", 12, 72, 52
MONTHS = 24
BAND_LABELS = ["Under 1", "1–4", "5–9", "10–15", "16+"]
BAND_YEARS = [1, 4, 5, 6]                        # ageing out of a band: 1 / (12 × years)
SHORT_BREAKS = ("V3", "V4")
TEMPORARY = ("T0", "T1", "T2", "T3", "T4")
EPISODE_COLUMNS = ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
                   "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]
HEADER_COLUMNS = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
DATE_COLUMNS = ("DECOM", "DEC", "DOB", "MC_DOB")     # dd/mm/yyyy in the files
MAPPING = os.path.join(ROOT, "Datasets", "reference", "placement-groups.csv")
UNIT_COSTS = os.path.join(ROOT, "Datasets", "example-borough", "unit-costs.csv")


def mapping_rules():
    """[(places or None, providers or None, group)] in file order: the first match wins."""
    rules = []
    with open(MAPPING, newline="") as f:
        for row in csv.DictReader(f):
            split = lambda s: None if s.strip() in ("", "*") else set(s.split())
            rules.append((split(row["place"]), split(row["provider"]), row["group"]))
    return rules


def group_names():
    seen = []
    for _, _, g in mapping_rules():
        if g not in seen:
            seen.append(g)
    return seen


def group_of(place, provider, rules):
    for places, providers, group in rules:
        if places is not None and place not in places:
            continue
        if providers is None or (provider is not None and provider in providers):
            return group
    return "Other"


def unit_cost_pence(group):
    """Weekly cost in pence of a group, matched as carebook does (ignoring case and punctuation, prefix)."""
    key = lambda s: re.sub(r"[^a-z0-9]", "", s.lower())
    with open(UNIT_COSTS, newline="") as f:
        rows = [(r["placement_group"], r["weekly_cost"]) for r in csv.DictReader(f)]
    for name, cost in rows:
        if key(group) == key(name) or key(group).startswith(key(name)):
            return round(float(cost) * 100)
    raise SystemExit(f"no unit cost for {group}")


def month_end(d):
    nxt = datetime.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - datetime.timedelta(days=1)


def add_months(d, n):
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    last = month_end(datetime.date(y, m + 1, 1)).day
    return datetime.date(y, m + 1, min(d.day, last))


def window_month_ends():
    return [month_end(add_months(WINDOW_FROM, k)) for k in range(12)]


def project(initial, mean, admissions, leavers, moves, groups, bands=5, window_months=12):
    """Steps the stock-flow model MONTHS months (same order of arithmetic as carebook); returns the final stock."""
    states = len(groups) * bands
    def per_stock(events, s):
        return events / (mean[s] * window_months) if mean[s] > 0 else 0.0
    stock = list(initial)
    adm = [admissions[s] / window_months for s in range(states)]
    for _ in range(MONTHS):
        nxt = list(stock)
        for s in range(states):
            if stock[s] <= 0:
                continue
            g, b = divmod(s, bands)
            leave = per_stock(leavers[s], s)
            mv = [0.0 if h == g else per_stock(moves[s][h], s) for h in range(len(groups))]
            age = 1 / (12 * BAND_YEARS[b]) if b < len(BAND_YEARS) else 0.0
            total = leave + sum(mv) + age
            n = stock[s] * (1 / total if total > 1 else 1)
            nxt[s] -= n * total
            for h in range(len(groups)):
                if mv[h] > 0:
                    nxt[h * bands + b] += n * mv[h]
            if age > 0:
                nxt[g * bands + b + 1] += n * age
        if sum(adm) > 0:
            for s in range(states):
                nxt[s] += max(0.0, adm[s])
        stock = [max(0.0, x) for x in nxt]
    return stock


def print_projection(stock, groups, bands=5):
    by_group = [sum(stock[g * bands:(g + 1) * bands]) for g in range(len(groups))]
    for g, x in zip(groups, by_group):
        print(f"Q5 {g}={x:.1f}")
    print(f"Q5 total={sum(by_group):.1f}")
