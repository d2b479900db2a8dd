"""The bench's five questions in DuckDB SQL, each written as its best user would: read only the
columns the question needs, join the header only where an age is needed (questions 2, 4, 5),
order episodes only within a child (window functions PARTITION BY CHILD) and only where the
question needs episode order (periods of care: 2, 5; placements: 3, 5), and skip rows that
cannot change the answer. DuckDB uses all the machine's cores (its default). The only Python is
the 60-state projection step, which has no SQL equivalent worth writing.

Usage: duckdb_questions.py Q DATA_DIR            (Q = 1..5) — straight from the CSVs
       duckdb_questions.py Q DATA_DIR DB_FILE    — from a database file made once by duckdb_load.py
Prints canonical answer lines.

The questions assume what carebook's repairs would leave unchanged (no two episodes of a child
with the same DECOM, no overlaps, every episode's child in the header), as the generated sets
are; the bench checks the answers against carebook's on every run."""

import sys
sys.dont_write_bytecode = True   # no __pycache__ in the repository
import duckdb
from common import *

CSV = "read_csv('{path}', header=true, auto_detect=false, delim=',', quote='\"', dateformat='%d/%m/%Y', columns={columns})"


def csv_source(path, columns):
    """A typed read_csv with every column declared (no sniffing); DuckDB reads only the columns a query uses."""
    spec = "{" + ", ".join(f"'{c}': '{'DATE' if c in DATE_COLUMNS else 'VARCHAR'}'" for c in columns) + "}"
    return CSV.format(path=path, columns=spec)


def sources(folder, db):
    """(connection, episodes, header): the CSVs read in place, or the database file's tables."""
    if db:
        return duckdb.connect(db, read_only=True), "episodes", "header"
    return (duckdb.connect(), csv_source(f"{folder}/episodes.csv", EPISODE_COLUMNS),
            csv_source(f"{folder}/header.csv", HEADER_COLUMNS))


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def group_sql(groups):
    """The placement-group mapping as one CASE over PLACE and PLACE_PROVIDER (first matching rule wins)."""
    arms = []
    for places, providers, group in mapping_rules():
        tests = [f"{col} IN ({', '.join(quote(v) for v in sorted(vals))})"
                 for col, vals in (("PLACE", places), ("PLACE_PROVIDER", providers)) if vals is not None]
        arms.append(f"WHEN {' AND '.join(tests) or 'true'} THEN {groups.index(group)}")
    return f"(CASE {' '.join(arms)} ELSE {groups.index('Other')} END)"


def day(d):
    return f"DATE '{d}'"


def short_break(col="LS"):
    return f"coalesce({col} IN ({', '.join(map(quote, SHORT_BREAKS))}), false)"


def open_on(d):
    """An episode of care (not a short break) open on day d."""
    return f"DECOM <= {d} AND (DEC IS NULL OR DEC > {d}) AND NOT {short_break()}"


def age(d, dob):
    """Completed years on d."""
    return (f"(year({d}) - year({dob}) - CASE WHEN month({d}) * 100 + day({d}) < month({dob}) * 100 + day({dob}) "
            f"THEN 1 ELSE 0 END)")


def band(d, dob):
    a = age(d, dob)
    return f"(CASE WHEN {a} < 1 THEN 0 WHEN {a} <= 4 THEN 1 WHEN {a} <= 9 THEN 2 WHEN {a} <= 15 THEN 3 ELSE 4 END)"


# Per episode, in its child's order: does it continue the previous episode's period of care
# (previous REC X1 and DEC = this DECOM), does the next continue it, and was the previous temporary.
CONTINUES = "coalesce(lag(REC) OVER w = 'X1' AND lag(DEC) OVER w = DECOM, false)"
CONTINUED = "coalesce(REC = 'X1' AND lead(DECOM) OVER w = DEC, false)"
TEMPORARY_SQL = f"PLACE IN ({', '.join(map(quote, TEMPORARY))})"
CHILD_ORDER = "WINDOW w AS (PARTITION BY CHILD ORDER BY DECOM)"


def placements_sql(source, carry=""):
    """CTEs ending in `placements` (CHILD, start, "end", grp, short_break, has_previous, old_group{, carry}) from the
    episodes in table `source`: a placement starts with the first episode of a period that is not a temporary
    placement, and at every RNE P or B except a return to the same carer (PLACE, provider, postcode district)
    straight after a temporary placement; it ends when the next starts or, for the last, when the period ends."""
    return f"""
    pe AS (SELECT CHILD, DECOM, DEC, RNE, LS, PLACE, PLACE_PROVIDER, split_part(PL_POST, ' ', 1) AS district, grp{carry},
                  {TEMPORARY_SQL} AS temporary, coalesce(lag({TEMPORARY_SQL}) OVER w, false) AS after_temp,
                  CASE WHEN {CONTINUES} THEN 0 ELSE 1 END AS starts
           FROM {source} {CHILD_ORDER}),
    pp AS (SELECT *, sum(starts) OVER (PARTITION BY CHILD ORDER BY DECOM ROWS UNBOUNDED PRECEDING) AS period FROM pe),
    periods AS (SELECT CHILD, period, arg_max_null(DEC, DECOM) AS period_end FROM pp GROUP BY ALL),
    ps AS (SELECT CHILD, period, DECOM, grp, LS{carry},
                  coalesce(period <> lag(period) OVER w, true)
                  OR (RNE IN ('P', 'B') AND NOT coalesce(after_temp AND PLACE = lag(PLACE) OVER w
                      AND coalesce(PLACE_PROVIDER, '') = coalesce(lag(PLACE_PROVIDER) OVER w, '')
                      AND district IS NOT DISTINCT FROM lag(district) OVER w, false)) AS new_placement
           FROM pp WHERE NOT temporary {CHILD_ORDER}),
    pstarts AS (SELECT CHILD, period, DECOM AS start, grp, {short_break()} AS short_break{carry},
                       CASE WHEN lead(period) OVER w = period THEN lead(DECOM) OVER w END AS next_start,
                       coalesce(lag(period) OVER w = period, false) AS has_previous, lag(grp) OVER w AS old_group
                FROM ps WHERE new_placement {CHILD_ORDER}),
    placements AS (SELECT s.*, coalesce(s.next_start, p.period_end) AS "end"
                   FROM pstarts s JOIN periods p USING (CHILD, period))
    """


def q1(con, eps, header, groups):
    for g, n in con.execute(f"SELECT {group_sql(groups)} AS grp, count(*) FROM {eps} WHERE {open_on(day(ASAT))} "
                            "GROUP BY grp").fetchall():
        print(f"Q1 {groups[g]}={n}")


def q2(con, eps, header, groups):
    # An admission is the first episode of a period of care; episodes after the range cannot change which are.
    rows = con.execute(f"""
        WITH firsts AS (SELECT CHILD, DECOM FROM {eps} WHERE DECOM <= {day(ADMISSIONS_TO)}
                        {CHILD_ORDER}
                        QUALIFY NOT {CONTINUES} AND DECOM >= {day(ADMISSIONS_FROM)} AND NOT {short_break()})
        SELECT strftime(last_day(f.DECOM), '%Y-%m-%d') AS month, {band('f.DECOM', 'h.DOB')} AS band, count(*)
        FROM firsts f JOIN {header} h USING (CHILD) GROUP BY ALL""").fetchall()
    for m, b, n in rows:
        print(f"Q2 {m} {BAND_LABELS[b]}={n}")


def q3(con, eps, header, groups):
    # Only the placements of the children looked after on ASAT, and only episodes up to ASAT: a later episode
    # can neither start a counted placement nor bring a counted one's end to or before the window's start.
    con.execute(f"""CREATE TEMP TABLE lac AS SELECT CHILD FROM {eps} WHERE {open_on(day(ASAT))}""")
    con.execute(f"""CREATE TEMP TABLE e AS SELECT CHILD, DECOM, DEC, RNE, LS, REC, PLACE, PLACE_PROVIDER, PL_POST, 0 AS grp
                    FROM {eps} WHERE DECOM <= {day(ASAT)} AND CHILD IN (SELECT CHILD FROM lac)""")
    three, total = con.execute(f"""
        WITH {placements_sql('e')},
        counts AS (SELECT CHILD, count(*) AS n FROM placements
                   WHERE start >= {day(WINDOW_FROM)} OR "end" IS NULL OR "end" > {day(WINDOW_FROM)} GROUP BY CHILD)
        SELECT count(*) FILTER (WHERE coalesce(n, 0) >= 3), count(*) FROM lac LEFT JOIN counts USING (CHILD)""").fetchone()
    print(f"Q3 three_plus={three}")
    print(f"Q3 looked_after={total}")


def q4(con, eps, header, groups):
    old, new = unit_cost_pence(COHORT_GROUP), unit_cost_pence(STEP_TO)
    n, movers = con.execute(f"""
        WITH cohort AS (SELECT CHILD FROM {eps} WHERE {open_on(day(ASAT))} AND {group_sql(groups)} = {groups.index(COHORT_GROUP)})
        SELECT count(*), count(*) FILTER (WHERE {age(day(ASAT), 'h.DOB')} >= {STEP_MIN_AGE})
        FROM cohort c LEFT JOIN {header} h USING (CHILD)""").fetchone()
    print(f"Q4 weekly={n * old}")
    exact = movers * (old - new) * SUCCESS_PCT * WEEKS_PER_YEAR
    q, r = divmod(exact, 100)
    print(f"Q4 full_year={q + (1 if r > 50 or (r == 50 and q % 2) else 0)}")


def counts(con, sql, n):
    out = [0.0] * n
    for s, c in con.execute(sql).fetchall():
        out[s] = c
    return out


def q5(con, eps, header, groups):
    # Everything measured lies on or before ASAT, and a later episode changes none of it (a period ending
    # in the window has no later episode; a placement's start and previous group look only backwards).
    n, lo, hi = len(groups) * 5, day(WINDOW_FROM), day(ASAT)
    con.execute(f"""CREATE TEMP TABLE e AS
        SELECT e.CHILD, DECOM, DEC, RNE, LS, REC, PLACE, PLACE_PROVIDER, PL_POST, {group_sql(groups)} AS grp, h.DOB,
               {CONTINUES} AS continues, {CONTINUED} AS continued
        FROM {eps} e LEFT JOIN {header} h USING (CHILD) WHERE DECOM <= {hi} {CHILD_ORDER}""")
    initial = counts(con, f"SELECT grp * 5 + {band(hi, 'DOB')} AS s, count(*) FROM e WHERE {open_on(hi)} GROUP BY s", n)
    ends = ", ".join(f"({day(m)})" for m in window_month_ends())
    mean = counts(con, f"""SELECT grp * 5 + {band('m.d', 'DOB')} AS s, count(*) / 12 FROM e JOIN (VALUES {ends}) m(d)
                           ON DECOM <= m.d AND (DEC IS NULL OR DEC > m.d) WHERE NOT {short_break()} GROUP BY s""", n)
    admissions = counts(con, f"""SELECT grp * 5 + {band('DECOM', 'DOB')} AS s, count(*) FROM e
                                 WHERE NOT continues AND DECOM BETWEEN {lo} AND {hi} AND NOT {short_break()} GROUP BY s""", n)
    leavers = counts(con, f"""SELECT grp * 5 + {band('DEC - 1', 'DOB')} AS s, count(*) FROM e
                              WHERE NOT continued AND DEC BETWEEN {lo} AND {hi} AND NOT {short_break()} GROUP BY s""", n)
    moves = [[0] * len(groups) for _ in range(n)]
    for s, g, c in con.execute(f"""WITH {placements_sql('e', ', DOB')}
                                   SELECT pl.old_group * 5 + {band('pl.start', 'pl.DOB')} AS s, pl.grp, count(*)
                                   FROM placements pl WHERE pl.start BETWEEN {lo} AND {hi} AND pl.has_previous AND NOT pl.short_break
                                   AND pl.grp <> pl.old_group GROUP BY ALL""").fetchall():
        moves[s][g] = c
    print_projection(project(initial, mean, admissions, leavers, moves, groups), groups)


if __name__ == "__main__":
    q, folder = int(sys.argv[1]), sys.argv[2]
    con, eps, header = sources(folder, sys.argv[3] if len(sys.argv) > 3 else None)
    [q1, q2, q3, q4, q5][q - 1](con, eps, header, group_names())
