"""The bench's five questions in polars, lazily: `scan_csv` of only the columns a question needs (every
column read as text, no schema inference; dates parsed with their one format), the header joined only
where an age is needed (questions 2, 4, 5), episodes sorted by child and DECOM only where the question
needs their order (periods of care: 2, 5; placements: 3, 5), rows that cannot change the answer
dropped first, and the streaming engine where a question is a filter and a count (1, 4).

Usage: polars_questions.py Q DATA_DIR    (Q = 1..5; prints canonical answer lines)

Like the DuckDB peer, it assumes what carebook's repairs would leave unchanged (no two episodes of a
child with the same DECOM, no overlaps, every episode's child in the header); the bench checks its
answers against carebook's on every run."""

import sys
sys.dont_write_bytecode = True   # no __pycache__ in the repository
import polars as pl
from common import *

FORMAT = "%d/%m/%Y"
C = pl.col


def scan(path, columns):
    frame = pl.scan_csv(path, infer_schema=False).select(columns)
    return frame.with_columns(C(c).str.to_date(FORMAT) for c in columns if c in DATE_COLUMNS)


def episodes(folder, *columns):
    return scan(f"{folder}/episodes.csv", list(columns))


def header(folder):
    return scan(f"{folder}/header.csv", ["CHILD", "DOB"])


def group_expr(groups):
    """The placement-group mapping (first matching rule wins) as one when/then chain."""
    expr = pl
    for places, providers, group in mapping_rules():
        test = pl.lit(True)
        if places is not None:
            test = test & C("PLACE").is_in(sorted(places))
        if providers is not None:
            test = test & C("PLACE_PROVIDER").is_in(sorted(providers))
        expr = expr.when(test).then(groups.index(group))
    return expr.otherwise(groups.index("Other")).alias("grp")


def short_break():
    return C("LS").is_in(SHORT_BREAKS).fill_null(False)


def open_on(day):
    return (C("DECOM") <= day) & (C("DEC").is_null() | (C("DEC") > day)) & ~short_break()


def age(day, dob="DOB"):
    d = day if isinstance(day, pl.Expr) else pl.lit(day)
    b = C(dob)
    return (d.dt.year() - b.dt.year()
            - ((d.dt.month().cast(pl.Int32) * 100 + d.dt.day()) < (b.dt.month().cast(pl.Int32) * 100 + b.dt.day())).cast(pl.Int32))


def band(day, dob="DOB"):
    a = age(day, dob)
    return (pl.when(a < 1).then(0).when(a <= 4).then(1).when(a <= 9).then(2).when(a <= 15).then(3).otherwise(4))


def same_child(k=1):
    return C("CHILD") == C("CHILD").shift(k)


# On episodes sorted by CHILD, DECOM: does an episode continue the previous one's period of care
# (the child's previous episode has REC X1 and DEC = this DECOM), and does the next continue it.
CONTINUES = (same_child() & (C("REC").shift() == "X1") & (C("DEC").shift() == C("DECOM"))).fill_null(False)
CONTINUED = (same_child(-1) & (C("REC") == "X1") & (C("DECOM").shift(-1) == C("DEC"))).fill_null(False)


def placements(eps, carry=()):
    """One row per placement (CHILD, start, end, grp, short_break, has_previous, old_group, *carry) from episodes
    sorted by CHILD, DECOM: a placement starts with the first episode of a period that is not a temporary
    placement, and at every RNE P or B except a return to the same carer (PLACE, provider, postcode district)
    straight after a temporary placement; it ends when the next starts or, for the last, when the period ends."""
    temporary = C("PLACE").is_in(TEMPORARY).fill_null(False)
    e = eps.with_columns(period=(~CONTINUES).cum_sum(), temporary=temporary,
                         after_temp=(temporary.shift() & same_child()).fill_null(False),
                         district=C("PL_POST").str.split(" ").list.first(),
                         provider=C("PLACE_PROVIDER").fill_null(""))
    e = e.with_columns(period_end=C("DEC").last().over("period"))
    nt = e.filter(~C("temporary"))
    same_carer = ((C("PLACE") == C("PLACE").shift()) & (C("provider") == C("provider").shift())
                  & C("district").eq_missing(C("district").shift()))
    first = (C("period") != C("period").shift()).fill_null(True)
    new = first | (C("RNE").is_in(["P", "B"]) & ~(C("after_temp") & same_carer).fill_null(False))
    pl_ = (nt.with_columns(new=new).filter(C("new"))      # flags computed before any row is dropped
           .select("CHILD", "period", C("DECOM").alias("start"), "grp", short_break().alias("short_break"), "period_end", *carry))
    next_same = (C("period").shift(-1) == C("period")).fill_null(False)
    return pl_.with_columns(end=pl.when(next_same).then(C("start").shift(-1)).otherwise(C("period_end")),
                            has_previous=(C("period").shift() == C("period")).fill_null(False),
                            old_group=C("grp").shift())


def q1(folder, groups):
    out = (episodes(folder, "DECOM", "DEC", "LS", "PLACE", "PLACE_PROVIDER").filter(open_on(ASAT))
           .group_by(group_expr(groups)).len().collect(engine="streaming"))
    for g, n in out.iter_rows():
        print(f"Q1 {groups[g]}={n}")


def q2(folder, groups):
    # An admission is the first episode of a period of care; episodes after the range cannot change which are.
    firsts = (episodes(folder, "CHILD", "DECOM", "DEC", "REC", "LS").filter(C("DECOM") <= ADMISSIONS_TO)
              .sort("CHILD", "DECOM").with_columns(continues=CONTINUES)
              .filter(~C("continues") & (C("DECOM") >= ADMISSIONS_FROM) & ~short_break()))
    out = (firsts.join(header(folder), on="CHILD")
           .group_by(C("DECOM").dt.month_end().dt.strftime("%Y-%m-%d").alias("month"), band(C("DECOM")).alias("band"))
           .len().collect())
    for m, b, n in out.iter_rows():
        print(f"Q2 {m} {BAND_LABELS[b]}={n}")


def q3(folder, groups):
    # Only the placements of the children looked after on ASAT, and only episodes up to ASAT: a later episode
    # can neither start a counted placement nor bring a counted one's end to or before the window's start.
    eps = episodes(folder, "CHILD", "DECOM", "DEC", "RNE", "LS", "REC", "PLACE", "PLACE_PROVIDER", "PL_POST").collect()
    lac = eps.lazy().filter(open_on(ASAT)).select("CHILD")
    mine = (eps.lazy().filter(C("DECOM") <= ASAT).join(lac, on="CHILD", how="semi")
            .sort("CHILD", "DECOM").with_columns(grp=pl.lit(0)))
    counts = (placements(mine).filter((C("start") >= WINDOW_FROM) | C("end").is_null() | (C("end") > WINDOW_FROM))
              .group_by("CHILD").len())
    out = (lac.join(counts, on="CHILD", how="left")
           .select((C("len").fill_null(0) >= 3).sum().alias("three"), pl.len().alias("total")).collect())
    three, total = out.row(0)
    print(f"Q3 three_plus={three}")
    print(f"Q3 looked_after={total}")


def q4(folder, groups):
    old, new = unit_cost_pence(COHORT_GROUP), unit_cost_pence(STEP_TO)
    cohort = (episodes(folder, "CHILD", "DECOM", "DEC", "LS", "PLACE", "PLACE_PROVIDER")
              .filter(open_on(ASAT) & (group_expr(groups) == groups.index(COHORT_GROUP))).select("CHILD"))
    n, movers = (cohort.join(header(folder), on="CHILD", how="left")
                 .select(pl.len(), (age(ASAT) >= STEP_MIN_AGE).sum()).collect(engine="streaming").row(0))
    print(f"Q4 weekly={n * old}")
    exact = movers * (old - new) * SUCCESS_PCT * WEEKS_PER_YEAR
    q, r = divmod(exact, 100)
    print(f"Q4 full_year={q + (1 if r > 50 or (r == 50 and q % 2) else 0)}")


def counts(frame, n):
    out = [0.0] * n
    for s, c in frame.iter_rows():
        out[s] = c
    return out


def q5(folder, groups):
    # Everything measured lies on or before ASAT, and a later episode changes none of it (a period ending
    # in the window has no later episode; a placement's start and previous group look only backwards).
    n, lo, hi = len(groups) * 5, WINDOW_FROM, ASAT
    e = (episodes(folder, "CHILD", "DECOM", "DEC", "RNE", "LS", "REC", "PLACE", "PLACE_PROVIDER", "PL_POST")
         .filter(C("DECOM") <= hi).join(header(folder), on="CHILD", how="left").sort("CHILD", "DECOM")
         .with_columns(group_expr(groups), continues=CONTINUES, continued=CONTINUED).collect())
    state = lambda g, day: (C(g) * 5 + band(day)).alias("s")
    initial = counts(e.filter(open_on(hi)).group_by(state("grp", pl.lit(hi))).len(), n)
    mean = [0.0] * n
    for m in window_month_ends():
        for s, c in e.filter(open_on(m)).group_by(state("grp", pl.lit(m))).len().iter_rows():
            mean[s] += c / 12
    admissions = counts(e.filter(~C("continues") & C("DECOM").is_between(lo, hi) & ~short_break())
                        .group_by(state("grp", C("DECOM"))).len(), n)
    leavers = counts(e.filter(~C("continued") & C("DEC").is_between(lo, hi) & ~short_break())
                     .group_by(state("grp", C("DEC") - pl.duration(days=1))).len(), n)
    moves = [[0] * len(groups) for _ in range(n)]
    mv = (placements(e.lazy(), carry=("DOB",))
          .filter(C("start").is_between(lo, hi) & C("has_previous") & ~C("short_break") & (C("grp") != C("old_group")))
          .group_by(state("old_group", C("start")), "grp").len().collect())
    for s, g, c in mv.iter_rows():
        moves[s][g] = c
    print_projection(project(initial, mean, admissions, leavers, moves, groups), groups)


if __name__ == "__main__":
    q, folder = int(sys.argv[1]), sys.argv[2]
    [q1, q2, q3, q4, q5][q - 1](folder, group_names())
