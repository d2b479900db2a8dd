#!/usr/bin/env python3
"""Independent check of the synthetic borough's other 903 tables against the published figures.

Reads only the written files (header.csv, episodes.csv, return/*.csv of a synth folder), the
England and Wales bank holidays (Datasets/reference/bank-holidays.csv) and the targets file,
and computes each return indicator with pandas by the definitions carebook implements
(the README's SSDA903 indicators; issue 14): nothing is taken from carebook's code.

Loading follows the returns as they arrive: a figure on a date, or for a window ending on a
date, reads the returns up to the one holding that date (oldest first, the later file's record
winning where a table keeps one record per child).

usage: Scripts/synth-check-return.py [FOLDER] [TARGETS]
       (defaults: Datasets/example-borough and Datasets/example-borough/return-targets.csv)
"""
import glob
import os
import sys

import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Datasets/example-borough")
targets_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "Datasets/example-borough/return-targets.csv")


def dates(s):
    return pd.to_datetime(s, format="%d/%m/%Y", errors="coerce")


header = pd.read_csv(os.path.join(folder, "header.csv"), dtype=str)
header["DOB"] = dates(header["DOB"])
dob = header.set_index("CHILD")["DOB"]
eps = pd.read_csv(os.path.join(folder, "episodes.csv"), dtype=str)
eps["DECOM"], eps["DEC"] = dates(eps["DECOM"]), dates(eps["DEC"])
eps = eps.sort_values(["CHILD", "DECOM"], kind="stable").reset_index(drop=True)

# Periods of care: an episode starts a new period unless the child's previous one ended X1 on its DECOM.
prev_child, prev_dec, prev_rec = eps["CHILD"].shift(), eps["DEC"].shift(), eps["REC"].shift()
new = ~((prev_child == eps["CHILD"]) & (prev_rec == "X1") & (prev_dec == eps["DECOM"]))
eps["period"] = new.cumsum()
eps["short"] = eps["LS"].isin(["V3", "V4"])
eps["placement_start"] = eps["RNE"].isin(["P", "B"]) | new
eps["placement"] = eps["placement_start"].cumsum()
g = eps.groupby("period")
last = eps.groupby("period").tail(1).set_index("period")  # (groupby.last() would skip an open episode's blank DEC)
periods = pd.DataFrame({
    "CHILD": g["CHILD"].first(), "start": g["DECOM"].first(), "end": last["DEC"], "rec": last["REC"],
    "short_only": g["short"].all(),
})
periods = periods[~periods["short_only"]]
adopt_ep = eps[eps["PLACE"].isin(["A3", "A4", "A5", "A6"])].groupby("period").head(1)
placement_start = eps.groupby("placement")["DECOM"].first()
periods["adoptive_move"] = pd.Series(placement_start.loc[adopt_ep["placement"]].values, index=adopt_ep["period"].values)
order_ep = eps[eps["LS"].isin(["E1", "D1"])].groupby("period")["DECOM"].first()
periods["placement_order"] = order_ep

holidays = np.array(pd.read_csv(os.path.join(ROOT, "Datasets/reference/bank-holidays.csv"), dtype=str)["bank_holiday"].tolist(), dtype="datetime64[D]")
years = sorted({os.path.basename(p)[len("reviews-"):-4] for p in glob.glob(os.path.join(folder, "return", "reviews-*.csv"))})


def year_of(day):
    """The return year label (2016-17) holding a day."""
    y = day.year if day.month >= 4 else day.year - 1
    return f"{y}-{(y + 1) % 100:02d}"


def loaded(table, upto, key=None):
    """The table's files up to return `upto`, oldest first; one record per key, the later file's."""
    frames = [pd.read_csv(os.path.join(folder, "return", f"{table}-{y}.csv"), dtype=str) for y in years if y <= upto]
    t = pd.concat(frames, ignore_index=True)
    return t.drop_duplicates(subset=key, keep="last") if key else t


def reviews_on_time(frm, to):
    r = loaded("reviews", year_of(to), key=["CHILD", "REVIEW"])
    r["REVIEW"] = dates(r["REVIEW"])
    m = r.merge(periods.reset_index()[["period", "CHILD", "start", "end"]], on="CHILD")
    m = m[(m["REVIEW"] >= m["start"]) & (m["end"].isna() | (m["REVIEW"] <= m["end"]))].sort_values(["period", "REVIEW"])
    m["n"] = m.groupby("period").cumcount() + 1
    m["prev"] = m.groupby("period")["REVIEW"].shift()
    first = np.busday_offset(m["start"].values.astype("datetime64[D]"), 20, roll="backward", holidays=holidays)
    second = m["prev"] + pd.DateOffset(months=3)
    later = m["prev"] + pd.DateOffset(months=6)
    m["due"] = np.where(m["n"] == 1, pd.to_datetime(first), np.where(m["n"] == 2, second, later))
    m["due"] = pd.to_datetime(m["due"])
    w = m[(m["REVIEW"] >= frm) & (m["REVIEW"] <= to)]
    return 100 * (w["REVIEW"] <= w["due"]).sum() / len(w), len(w)


def oc2_share(y, column):
    oc2 = loaded("oc2", year_of(y), key="CHILD").set_index("CHILD")
    cohort = periods[(periods["start"] <= y - pd.DateOffset(months=12) + pd.Timedelta(days=1))
                     & (periods["start"] <= y) & (periods["end"].isna() | (periods["end"] > y))]["CHILD"]
    flags = oc2.reindex(cohort)[column] == "1"
    return 100 * flags.sum() / len(cohort), len(cohort)


SUITABLE = {c + "1" for c in "BCDEGHKRTUVWYZ"}
EET = {"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5"}


def oc3_share(y, which):
    oc3 = loaded("oc3", year_of(y), key="CHILD")
    born = oc3["CHILD"].map(dob).fillna(dates(oc3["DOB"]))
    age = y.year - born.dt.year - ((born.dt.month > y.month) | ((born.dt.month == y.month) & (born.dt.day > y.day)))
    c = oc3[age.between(19, 21) & ~oc3["IN_TOUCH"].isin(["DIED", "RHOM"])]
    ok = c["ACCOM"].isin(SUITABLE) if which == "7.3" else c["ACTIV"].isin(EET)
    return 100 * ok.sum() / len(c), len(c)


def adoptions(frm, to):
    a = periods[periods["rec"].isin(["E11", "E12"]) & (periods["end"] >= frm) & (periods["end"] <= to)].copy()
    ad1 = loaded("ad1", year_of(to), key="CHILD").set_index("CHILD")
    placed = loaded("placed-for-adoption", year_of(to), key="CHILD").set_index("CHILD")
    shobpa = dates(placed["DATE_PLACED"]).reindex(a["CHILD"]).values
    a["shobpa"] = pd.Series(shobpa, index=a.index).fillna(pd.Series(dates(ad1["DATE_INT"]).reindex(a["CHILD"]).values, index=a.index))
    a["match"] = dates(ad1["DATE_MATCH"]).reindex(a["CHILD"]).values
    return a


def measure(ind, frm, to):
    if ind == "6.7":
        return reviews_on_time(frm, to)
    if ind in ("6.9", "6.10"):
        return oc2_share(frm, "HEALTH_ASSESSMENT" if ind == "6.9" else "TEETH_CHECK")
    if ind in ("7.3", "7.4"):
        return oc3_share(frm, ind)
    a = adoptions(frm, to)
    within = a["end"] <= a["shobpa"] + pd.DateOffset(months=12)
    if ind == "10.1":
        return float(len(a)), len(a)
    if ind == "10.2":
        return float(within.sum()), len(a)
    if ind == "10.3":
        return 100 * within.sum() / len(a), len(a)
    if ind == "10.4":
        # A1 (DfE adoption scorecard): days from entering care (the start of the period of care that
        # ended in adoption) to moving in with the adoptive family (the start of the placement that
        # became the adoptive placement, A3-A6: a child adopted by its foster carers counts from the day
        # it moved in with them), averaged over the children adopted in the window.
        d = (a["adoptive_move"] - a["start"]).dt.days.dropna()
        return d.mean(), len(d)
    if ind == "10.5":
        # A2: days from the court's authority to place (the first E1 placement order or D1 freeing
        # order of the period) to the match with the adopters (AD1 DATE_MATCH), same children.
        d = (a["match"] - a["placement_order"]).dt.days.dropna().clip(lower=0)
        return d.mean(), len(d)
    raise ValueError(ind)


targets = pd.read_csv(targets_path, dtype=str, comment="#")
failed = 0
for _, t in targets.iterrows():
    frm = pd.Timestamp(t["date"])
    to = pd.Timestamp(t["to"]) if isinstance(t["to"], str) else frm
    value, tol = float(t["value"].rstrip("%")), float(t["tolerance"].removesuffix("pt"))
    got, n = measure(t["indicator"], frm, to)
    ok = abs(got - value) <= tol + 1e-9
    bounded = t["indicator"] in ("10.1", "10.4", "10.5")
    failed += 0 if ok or bounded else 1
    when = frm.date().isoformat() if to == frm else f"{frm.date()}..{to.date()}"
    print(f"{t['indicator']:5} {when:23} target {value:7.1f} ±{tol:<4g} measured {got:7.2f} (n={n}) "
          + ("ok" if ok else "OUT (bounded by the episodes)" if bounded else "OUT"))
print(f"{len(targets) - failed} of {len(targets)} within tolerance or reported as bounded by the episodes")
# 10.2 (adoptions within 12 months of SHOBPA, a count) is not a target of its own (10.1 and 10.3 set it);
# shown beside seed 003's figures.
for frm, to, published in [("2014-04-01", "2015-03-31", 16), ("2015-04-01", "2016-03-31", 23),
                           ("2016-04-01", "2017-03-31", 12), ("2017-04-01", "2017-06-30", 2)]:
    got, n = measure("10.2", pd.Timestamp(frm), pd.Timestamp(to))
    print(f"10.2  {frm}..{to} published {published:3d}      measured {got:7.0f} (of {n} adoptions)")
sys.exit(1 if failed else 0)
