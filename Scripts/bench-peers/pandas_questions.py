"""The bench's five questions in idiomatic, vectorised pandas.

Usage: pandas_questions.py Q DATA_DIR    (Q = 1..5; prints canonical answer lines)"""

import sys
sys.dont_write_bytecode = True   # no __pycache__ in the repository
import numpy as np
import pandas as pd
from common import *

DATE = "%d/%m/%Y"
PLACEMENT_COLS = ["CHILD", "DECOM", "RNE", "LS", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "PL_POST"]


def load(folder, q):
    header = pd.read_csv(f"{folder}/header.csv", usecols=["CHILD", "DOB"])
    header["DOB"] = pd.to_datetime(header["DOB"], format=DATE)
    cols = PLACEMENT_COLS if q in (3, 5) else PLACEMENT_COLS[:-1]
    eps = pd.read_csv(f"{folder}/episodes.csv", usecols=cols)
    for c in ("DECOM", "DEC"):
        eps[c] = pd.to_datetime(eps[c], format=DATE)
    eps = eps.merge(header, on="CHILD", how="inner").sort_values(["CHILD", "DECOM"], kind="stable", ignore_index=True)
    place = eps["PLACE"].astype("category")
    provider = eps["PLACE_PROVIDER"].astype("category")
    rules, groups = mapping_rules(), group_names()
    table = np.array([[groups.index(group_of(p, v, rules)) for v in list(provider.cat.categories) + [None]]
                      for p in place.cat.categories])
    eps["group"] = table[place.cat.codes.to_numpy(), provider.cat.codes.to_numpy()]   # code -1 → last column (blank)
    eps["short_break"] = eps["LS"].isin(SHORT_BREAKS)
    return eps, groups


def age(dob, day):
    """Completed years on `day` (a Timestamp or a Series of them)."""
    d = day.dt if isinstance(day, pd.Series) else day
    return d.year - dob.dt.year - ((d.month * 100 + d.day) < (dob.dt.month * 100 + dob.dt.day)).astype(int)


def band(ages):
    return np.searchsorted([1, 5, 10, 16], ages, side="right")


def looked_after(eps, day):
    day = pd.Timestamp(day)
    open_ = (eps["DECOM"] <= day) & (eps["DEC"].isna() | (eps["DEC"] > day)) & ~eps["short_break"]
    return eps[open_]


def periods(eps):
    """Adds `period`; returns one row per period: child, start, end, first and last episode's group/LS, DOB."""
    same = eps["CHILD"].eq(eps["CHILD"].shift())
    continues = same & eps["REC"].shift().eq("X1") & eps["DEC"].shift().eq(eps["DECOM"])
    eps["period"] = (~continues).cumsum() - 1
    first = eps[~continues]
    last = eps[~continues.shift(-1, fill_value=False)]
    return pd.DataFrame({"CHILD": first["CHILD"].to_numpy(), "DOB": first["DOB"].to_numpy(),
                         "start": first["DECOM"].to_numpy(), "end": last["DEC"].to_numpy(),
                         "first_group": first["group"].to_numpy(), "last_group": last["group"].to_numpy(),
                         "first_sb": first["short_break"].to_numpy(), "last_sb": last["short_break"].to_numpy()})


def placements(eps, per):
    """One row per placement: child, period, start, end, its first episode's group and short-break flag."""
    temp = eps["PLACE"].isin(TEMPORARY)
    after_temp = temp.shift(fill_value=False)[~temp]
    nt = eps[~temp]
    district = nt["PL_POST"].fillna("").str.split(" ").str[0]
    first = nt["period"].ne(nt["period"].shift())
    same_carer = (nt["PLACE"].eq(nt["PLACE"].shift()) & nt["PLACE_PROVIDER"].fillna("").eq(nt["PLACE_PROVIDER"].fillna("").shift())
                  & district.eq(district.shift()))
    starts = first | (nt["RNE"].isin(["P", "B"]) & ~(after_temp & same_carer))
    pl = nt[starts][["CHILD", "period", "DECOM", "group", "short_break"]].rename(columns={"DECOM": "start"}).reset_index(drop=True)
    next_same = pl["period"].shift(-1).eq(pl["period"])
    pl["end"] = pl["start"].shift(-1).where(next_same, per["end"].to_numpy()[pl["period"].to_numpy()])
    return pl


def q1(eps, groups):
    counts = looked_after(eps, ASAT)["group"].value_counts()
    for g, n in counts.items():
        print(f"Q1 {groups[g]}={n}")


def q2(eps, groups):
    per = periods(eps)
    adm = per[per["start"].between(pd.Timestamp(ADMISSIONS_FROM), pd.Timestamp(ADMISSIONS_TO)) & ~per["first_sb"]]
    month = (adm["start"] + pd.offsets.MonthEnd(0)).dt.strftime("%Y-%m-%d")
    bands = band(age(adm["DOB"], adm["start"]))
    counts = pd.DataFrame({"month": month.to_numpy(), "band": bands}).value_counts()
    for (m, b), n in counts.items():
        print(f"Q2 {m} {BAND_LABELS[b]}={n}")


def placement_counts(eps, children, day_from, day_to):
    per = periods(eps)
    pl = placements(eps, per)
    lo, hi = pd.Timestamp(day_from), pd.Timestamp(day_to)
    touching = pl[(pl["start"] <= hi) & ((pl["start"] >= lo) | pl["end"].isna() | (pl["end"] > lo))]
    return touching["CHILD"].value_counts().reindex(children, fill_value=0)


def q3(eps, groups):
    lac = looked_after(eps, ASAT)
    counts = placement_counts(eps, lac["CHILD"], WINDOW_FROM, ASAT)
    print(f"Q3 three_plus={(counts >= 3).sum()}")
    print(f"Q3 looked_after={len(lac)}")


def q4(eps, groups):
    lac = looked_after(eps, ASAT)
    cohort = lac[lac["group"] == groups.index(COHORT_GROUP)]
    old, new = unit_cost_pence(COHORT_GROUP), unit_cost_pence(STEP_TO)
    print(f"Q4 weekly={len(cohort) * old}")
    movers = cohort[age(cohort["DOB"], pd.Timestamp(ASAT)) >= STEP_MIN_AGE]
    exact = len(movers) * (old - new) * SUCCESS_PCT * WEEKS_PER_YEAR      # hundredths of a penny
    q, r = divmod(exact, 100)
    print(f"Q4 full_year={q + (1 if r > 50 or (r == 50 and q % 2) else 0)}")


def states(frame, group_col, day):
    return frame[group_col].to_numpy() * 5 + band(age(frame["DOB"], day))


def q5(eps, groups):
    n = len(groups) * 5
    lac = looked_after(eps, ASAT)
    initial = np.bincount(states(lac, "group", pd.Timestamp(ASAT)), minlength=n).astype(float)
    mean = np.zeros(n)
    for m in window_month_ends():
        snap = looked_after(eps, m)
        mean += np.bincount(states(snap, "group", pd.Timestamp(m)), minlength=n) / 12
    per = periods(eps)
    lo, hi = pd.Timestamp(WINDOW_FROM), pd.Timestamp(ASAT)
    adm = per[per["start"].between(lo, hi) & ~per["first_sb"]]
    admissions = np.bincount(states(adm, "first_group", adm["start"]), minlength=n)
    left = per[per["end"].between(lo, hi) & ~per["last_sb"]]
    leavers = np.bincount(states(left, "last_group", left["end"] - pd.Timedelta(days=1)), minlength=n)
    pl = placements(eps, per)
    pl["old_group"] = pl["group"].shift()
    pl["DOB"] = eps.drop_duplicates("CHILD").set_index("CHILD")["DOB"].reindex(pl["CHILD"]).to_numpy()
    mv = pl[pl["start"].between(lo, hi) & pl["period"].eq(pl["period"].shift()) & ~pl["short_break"]
            & pl["group"].ne(pl["old_group"])]
    old_states = states(mv.assign(old_group=mv["old_group"].astype(int)), "old_group", mv["start"])
    moves = np.zeros((n, len(groups)))
    np.add.at(moves, (old_states, mv["group"].to_numpy()), 1)
    print_projection(project(initial, mean, admissions, leavers, moves.tolist(), groups), groups)


if __name__ == "__main__":
    q, folder = int(sys.argv[1]), sys.argv[2]
    eps, groups = load(folder, q)
    [q1, q2, q3, q4, q5][q - 1](eps, groups)
