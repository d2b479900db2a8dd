#!/usr/bin/env python3
"""Independent check of the example borough's CIN census against seed 004 (January 2017).

Reads only the generated census CSVs (every `cin/<yyyy-yy>/` folder, oldest first), the
bank holidays and the population file, and measures each published figure with the
definitions in the `cin` branch's indicator notes (README "Children in need"):

- referrals: CINreferralDate in the period; a re-referral has the child's latest earlier
  referral on or after the referral date minus 12 months (same-day earlier ones do not count);
- assessed: the referral has an assessment with a start date;
- within 45: assessments authorised in the period with working days start -> authorised <= 45
  (Monday-Friday less England and Wales bank holidays; the day after the start is day 1);
- children in need on a day: a referral with CINreferralDate <= day, no closure or closure > day,
  ReferralNFA not true; seed 004's "CIN" is those not on a child protection plan;
- plans open on a day: CPPstartDate <= day and (no end or end > day); over 2 years when
  start + 2 years < day.

Merge rule: a referral is (LAchildID, CINreferralDate) -- the generator never gives a child two
referrals on one day, and keeps CINdetailsID the same in every year, so (LAchildID, CINdetailsID)
picks the same copies; the copy in the later census wins, with everything under it. Prints each figure with its target and tolerance; exit 1 if any fails.

Usage: Scripts/synth-check-cin.py [Datasets/example-borough]
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd

root = Path(sys.argv[1] if len(sys.argv) > 1 else "Datasets/example-borough")
repo = Path(__file__).resolve().parent.parent
years = sorted(p for p in (root / "cin").iterdir() if p.is_dir())


def pooled(table, dates):
    frames = []
    for order, folder in enumerate(years):
        df = pd.read_csv(folder / f"{table}.csv", dtype=str, keep_default_na=False)
        df["_order"] = order
        frames.append(df)
    df = pd.concat(frames, ignore_index=True)
    for c in dates:
        df[c] = pd.to_datetime(df[c].replace("", None), format="%Y-%m-%d")
    return df


def latest_copy(df):
    """Rows from the latest census that holds each referral."""
    last = details.groupby(["LAchildID", "CINdetailsID"])["_order"].max().rename("_last")
    df = df.join(last, on=["LAchildID", "CINdetailsID"])
    return df[df["_order"] == df["_last"]]


details = pooled("CINdetails", ["CINreferralDate", "CINclosureDate", "DateOfInitialCPC"])
# The two keys pick the same referrals: one date per id, one id per date.
assert details.groupby(["LAchildID", "CINdetailsID"])["CINreferralDate"].nunique().max() == 1
assert details.groupby(["LAchildID", "CINreferralDate"])["CINdetailsID"].nunique().max() == 1
refs = latest_copy(details)
assessments = latest_copy(pooled("Assessments", ["AssessmentActualStartDate", "AssessmentAuthorisationDate"]))
s47 = latest_copy(pooled("Section47", ["S47ActualStartDate", "DateOfInitialCPC"]))
plans = latest_copy(pooled("ChildProtectionPlans", ["CPPstartDate", "CPPendDate"]))

holidays = pd.read_csv(repo / "Datasets/reference/bank-holidays.csv")["bank_holiday"].to_numpy(dtype="datetime64[D]")
population = pd.read_csv(root / "population.csv").set_index("year")["population"]


def working_days(start, end):
    """busday_count counts [start, end); shifting by a day counts (start, end]."""
    s = start.to_numpy(dtype="datetime64[D]") + 1
    e = end.to_numpy(dtype="datetime64[D]") + 1
    return np.busday_count(s, e, holidays=holidays)


T = pd.Timestamp
refs = refs.sort_values(["LAchildID", "CINreferralDate"]).copy()
refs["prev"] = refs.groupby("LAchildID")["CINreferralDate"].shift()
# An earlier referral on the same day does not count: take the latest strictly earlier date.
same = refs["prev"] == refs["CINreferralDate"]
while same.any():
    refs.loc[same, "prev"] = refs.groupby("LAchildID")["prev"].shift()[same]
    same = refs["prev"] == refs["CINreferralDate"]
refs["re"] = refs["prev"].notna() & (refs["prev"] >= refs["CINreferralDate"] - pd.DateOffset(months=12))
assessed = set(zip(assessments.loc[assessments["AssessmentActualStartDate"].notna(), "LAchildID"],
                   assessments.loc[assessments["AssessmentActualStartDate"].notna(), "CINdetailsID"]))
refs["assessed"] = [(c, d) in assessed for c, d in zip(refs["LAchildID"], refs["CINdetailsID"])]
done = assessments[assessments["AssessmentAuthorisationDate"].notna()].copy()
done["wd"] = working_days(done["AssessmentActualStartDate"], done["AssessmentAuthorisationDate"])


def referrals(a, b):
    return refs[(refs["CINreferralDate"] >= T(a)) & (refs["CINreferralDate"] <= T(b))]


def within45(a, b):
    d = done[(done["AssessmentAuthorisationDate"] >= T(a)) & (done["AssessmentAuthorisationDate"] <= T(b))]
    return 100 * (d["wd"] <= 45).mean(), len(d)


def s47s(a, b):
    return s47[(s47["S47ActualStartDate"] >= T(a)) & (s47["S47ActualStartDate"] <= T(b))]


def open_plans(day):
    d = T(day)
    return plans[(plans["CPPstartDate"] <= d) & (plans["CPPendDate"].isna() | (plans["CPPendDate"] > d))]


def children_in_need(day):
    d = T(day)
    o = refs[(refs["CINreferralDate"] <= d) & (refs["CINclosureDate"].isna() | (refs["CINclosureDate"] > d))
             & (refs["ReferralNFA"].str.lower() != "true")]
    return set(o["LAchildID"])


jan = ("2017-01-01", "2017-01-31")
ytd = ("2016-04-01", "2017-01-31")
rolling = ("2016-02-01", "2017-01-31")
pop = population[2017]
cpp_children = set(open_plans("2017-01-31")["LAchildID"])
cin = children_in_need("2017-01-31")
over2 = open_plans("2017-01-31")
over2 = over2[over2["CPPstartDate"] + pd.DateOffset(years=2) < T("2017-01-31")]

figures = [
    # name, measured, target, low, high (inclusive)
    ("referrals Jan 2017", len(referrals(*jan)), "292 ±5%", 292 * 0.95, 292 * 1.05),
]
for m in pd.period_range("2016-04", "2016-12", freq="M"):
    n = len(referrals(m.start_time, m.end_time.normalize()))
    figures.append((f"referrals {m.strftime('%b %Y')}", n, "400–500", 400, 500))
r = referrals(*jan)
figures.append(("% re-referrals Jan 2017", 100 * r["re"].mean(), "22.7% ±2pt", 20.7, 24.7))
r = referrals(*rolling)
figures.append(("% re-referrals rolling 12 months to Jan 2017", 100 * r["re"].mean(), "28.1% ±1.5pt", 26.6, 29.6))
r = referrals(*ytd)
figures.append(("% referrals progressing to assessment Apr 2016–Jan 2017", 100 * r["assessed"].mean(), "98% ±1pt", 97, 99))
v, n = within45(*jan)
figures.append((f"% assessments within 45 working days Jan 2017 (of {n})", v, "67.7% ±3pt", 64.7, 70.7))
v, n = within45(*ytd)
figures.append((f"% assessments within 45 working days Apr 2016–Jan 2017 (of {n})", v, "84.4% ±2pt", 82.4, 86.4))
figures.append(("S47 enquiries started Jan 2017", len(s47s(*jan)), "111 ±10%", 99.9, 122.1))
n = len(s47s(*rolling))
figures.append((f"S47 per 10,000 rolling 12 months to Jan 2017 ({n} / {pop})", 10000 * n / pop, "244.0 ±5%", 231.8, 256.2))
figures.append(("children in need 31 Jan 2017, not on a CPP", len(cin - cpp_children), "1,685 ±3%", 1685 * 0.97, 1685 * 1.03))
figures.append(("children on a CPP 31 Jan 2017", len(cpp_children), "330 ±3%", 320.1, 339.9))
figures.append(("CPP per 10,000 31 Jan 2017", 10000 * len(cpp_children) / pop, "58.6 ±2", 56.6, 60.6))
figures.append(("plans open over 2 years 31 Jan 2017", len(over2), "1 exactly", 1, 1))

# The counts behind the percentages, for pinning exactly in calibration.cb.
rj, rr, ry = referrals(*jan), referrals(*rolling), referrals(*ytd)
dj = done[(done["AssessmentAuthorisationDate"] >= T(jan[0])) & (done["AssessmentAuthorisationDate"] <= T(jan[1]))]
dy = done[(done["AssessmentAuthorisationDate"] >= T(ytd[0])) & (done["AssessmentAuthorisationDate"] <= T(ytd[1]))]
print(f"counts: re-referrals Jan {int(rj['re'].sum())} of {len(rj)}; rolling {int(rr['re'].sum())} of {len(rr)}; "
      f"assessed Apr-Jan {int(ry['assessed'].sum())} of {len(ry)}; within 45 Jan {int((dj['wd'] <= 45).sum())} of {len(dj)}; "
      f"Apr-Jan {int((dy['wd'] <= 45).sum())} of {len(dy)}; S47 Jan {len(s47s(*jan))}, 12 months {len(s47s(*rolling))}; "
      f"children in need {len(cin)}, not on a CPP {len(cin - cpp_children)}, on a CPP {len(cpp_children)}; "
      f"over 2 years {len(over2)}")
failed = 0
for name, value, target, lo, hi in figures:
    ok = lo <= value <= hi
    failed += not ok
    shown = f"{value:.1f}" if isinstance(value, float) else str(value)
    print(f"{name}: target {target}, measured {shown} {'ok' if ok else 'OUT'}")
print(f"{len(figures) - failed} of {len(figures)} figures within tolerance")
sys.exit(1 if failed else 0)
