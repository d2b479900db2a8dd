"""The bench's five questions in plain SQL on DuckDB (its Python package; the only Python
is the 60-state projection step, which has no SQL equivalent worth writing).

Usage: duckdb_questions.py Q DATA_DIR    (Q = 1..5; prints canonical answer lines)"""

import sys
sys.dont_write_bytecode = True   # no __pycache__ in the repository
import duckdb
from common import *

LOAD = """
CREATE TABLE header AS SELECT CHILD, DOB FROM read_csv('{d}/header.csv', header=true, dateformat='%d/%m/%Y',
    types={{'CHILD': 'VARCHAR', 'DOB': 'DATE'}});
CREATE TABLE mapping (place VARCHAR, provider VARCHAR, grp INTEGER);
CREATE TABLE eps AS
SELECT e.CHILD, e.DECOM, e.DEC, e.RNE, e.LS, e.REC, e.PLACE, e.PLACE_PROVIDER, split_part(e.PL_POST, ' ', 1) AS district,
       h.DOB, e.LS IN ('V3', 'V4') AS short_break, e.PLACE IN ('T0','T1','T2','T3','T4') AS temporary,
       row_number() OVER (ORDER BY e.CHILD, e.DECOM, e.rn) AS k
FROM (SELECT *, row_number() OVER () AS rn FROM read_csv('{d}/episodes.csv', header=true, dateformat='%d/%m/%Y',
      types={{'CHILD': 'VARCHAR', 'DECOM': 'DATE', 'DEC': 'DATE', 'PLACE_PROVIDER': 'VARCHAR', 'PL_POST': 'VARCHAR'}})) e
JOIN header h USING (CHILD);
"""

GROUPED = """
CREATE VIEW ge AS SELECT eps.*, m.grp FROM eps JOIN mapping m
  ON m.place = eps.PLACE AND m.provider = coalesce(eps.PLACE_PROVIDER, '');
"""

AGE = "(date_part('year', {d}) - date_part('year', {b}) - CASE WHEN strftime({d}, '%m%d') < strftime({b}, '%m%d') THEN 1 ELSE 0 END)"
BAND = "(CASE WHEN {a} < 1 THEN 0 WHEN {a} <= 4 THEN 1 WHEN {a} <= 9 THEN 2 WHEN {a} <= 15 THEN 3 ELSE 4 END)"


def band_of(day, dob):
    return BAND.format(a=AGE.format(d=day, b=dob))


def looked_after(day):
    return f"SELECT * FROM ge WHERE DECOM <= DATE '{day}' AND (DEC IS NULL OR DEC > DATE '{day}') AND NOT short_break"


PERIODS = """
CREATE TABLE flagged AS
SELECT * EXCLUDE (starts), sum(starts) OVER (ORDER BY k) AS period FROM (
  SELECT *, CASE WHEN CHILD = lag(CHILD) OVER w AND lag(REC) OVER w = 'X1' AND lag(DEC) OVER w = DECOM THEN 0 ELSE 1 END AS starts
  FROM ge WINDOW w AS (ORDER BY k));
CREATE TABLE periods AS
SELECT period, any_value(CHILD) AS CHILD, any_value(DOB) AS DOB, min(DECOM) AS start,
       arg_max_null(DEC, k) AS "end", arg_min(grp, k) AS first_group, arg_max(grp, k) AS last_group,
       arg_min(short_break, k) AS first_sb, arg_max(short_break, k) AS last_sb
FROM flagged GROUP BY period;
"""

PLACEMENTS = """
CREATE TABLE nt AS
SELECT f.*, coalesce(lag(temporary) OVER (ORDER BY k), false) AS after_temp FROM flagged f;
CREATE TABLE starts AS
SELECT *, period IS DISTINCT FROM lag(period) OVER w
          OR (RNE IN ('P', 'B') AND NOT (after_temp AND PLACE = lag(PLACE) OVER w
              AND coalesce(PLACE_PROVIDER, '') = coalesce(lag(PLACE_PROVIDER) OVER w, '')
              AND district IS NOT DISTINCT FROM lag(district) OVER w)) AS new_placement
FROM nt WHERE NOT temporary WINDOW w AS (ORDER BY k);
CREATE TABLE placements AS
SELECT s.CHILD, s.DOB, s.period, s.DECOM AS start, s.grp, s.short_break,
       CASE WHEN lead(s.period) OVER w = s.period THEN lead(s.DECOM) OVER w ELSE p."end" END AS "end",
       lag(s.period) OVER w = s.period AS has_previous, lag(s.grp) OVER w AS old_group
FROM starts s JOIN periods p USING (period) WHERE s.new_placement WINDOW w AS (ORDER BY s.k);
"""


def setup(con, folder, q):
    con.execute(LOAD.format(d=folder))
    rules, groups = mapping_rules(), group_names()
    pairs = con.execute("SELECT DISTINCT PLACE, coalesce(PLACE_PROVIDER, '') FROM eps").fetchall()
    con.executemany("INSERT INTO mapping VALUES (?, ?, ?)",
                    [(p, v, groups.index(group_of(p, v or None, rules))) for p, v in pairs])
    con.execute(GROUPED)
    if q in (2, 3, 5):
        con.execute(PERIODS)
    if q in (3, 5):
        con.execute(PLACEMENTS)
    return groups


def q1(con, groups):
    for g, n in con.execute(f"SELECT grp, count(*) FROM ({looked_after(ASAT)}) GROUP BY grp").fetchall():
        print(f"Q1 {groups[g]}={n}")


def q2(con, groups):
    rows = con.execute(f"""
        SELECT strftime(last_day(start), '%Y-%m-%d') AS month, {band_of('start', 'DOB')} AS band, count(*)
        FROM periods WHERE start BETWEEN DATE '{ADMISSIONS_FROM}' AND DATE '{ADMISSIONS_TO}' AND NOT first_sb
        GROUP BY ALL""").fetchall()
    for m, b, n in rows:
        print(f"Q2 {m} {BAND_LABELS[b]}={n}")


def q3(con, groups):
    three, total = con.execute(f"""
        WITH lac AS ({looked_after(ASAT)}),
        counts AS (SELECT CHILD, count(*) AS n FROM placements
                   WHERE start <= DATE '{ASAT}' AND (start >= DATE '{WINDOW_FROM}' OR "end" IS NULL OR "end" > DATE '{WINDOW_FROM}')
                   GROUP BY CHILD)
        SELECT count(*) FILTER (WHERE coalesce(n, 0) >= 3), count(*) FROM lac LEFT JOIN counts USING (CHILD)""").fetchone()
    print(f"Q3 three_plus={three}")
    print(f"Q3 looked_after={total}")


def q4(con, groups):
    old, new = unit_cost_pence(COHORT_GROUP), unit_cost_pence(STEP_TO)
    n, movers = con.execute(f"""
        SELECT count(*), count(*) FILTER (WHERE {AGE.format(d=f"DATE '{ASAT}'", b='DOB')} >= {STEP_MIN_AGE})
        FROM ({looked_after(ASAT)}) WHERE grp = {groups.index(COHORT_GROUP)}""").fetchone()
    print(f"Q4 weekly={n * old}")
    exact = movers * (old - new) * SUCCESS_PCT * WEEKS_PER_YEAR
    q, r = divmod(exact, 100)
    print(f"Q4 full_year={q + (1 if r > 50 or (r == 50 and q % 2) else 0)}")


def counts(con, sql, n):
    out = [0.0] * n
    for s, c in con.execute(sql).fetchall():
        out[s] = c
    return out


def q5(con, groups):
    n, lo, hi = len(groups) * 5, f"DATE '{WINDOW_FROM}'", f"DATE '{ASAT}'"
    initial = counts(con, f"SELECT grp * 5 + {band_of(hi, 'DOB')} AS s, count(*) FROM ({looked_after(ASAT)}) GROUP BY s", n)
    ends = ", ".join(f"(DATE '{m}')" for m in window_month_ends())
    mean = counts(con, f"""SELECT grp * 5 + {band_of('m.d', 'DOB')} AS s, count(*) / 12 FROM ge JOIN (VALUES {ends}) m(d)
                           ON DECOM <= m.d AND (DEC IS NULL OR DEC > m.d) WHERE NOT short_break GROUP BY s""", n)
    admissions = counts(con, f"""SELECT first_group * 5 + {band_of('start', 'DOB')} AS s, count(*) FROM periods
                                 WHERE start BETWEEN {lo} AND {hi} AND NOT first_sb GROUP BY s""", n)
    leavers = counts(con, f"""SELECT last_group * 5 + {band_of('"end" - 1', 'DOB')} AS s, count(*) FROM periods
                              WHERE "end" BETWEEN {lo} AND {hi} AND NOT last_sb GROUP BY s""", n)
    moves = [[0] * len(groups) for _ in range(n)]
    for s, g, c in con.execute(f"""SELECT old_group * 5 + {band_of('start', 'DOB')} AS s, grp, count(*) FROM placements
                                   WHERE start BETWEEN {lo} AND {hi} AND has_previous AND NOT short_break
                                   AND grp <> old_group GROUP BY ALL""").fetchall():
        moves[s][g] = c
    print_projection(project(initial, mean, admissions, leavers, moves, groups), groups)


if __name__ == "__main__":
    q, folder = int(sys.argv[1]), sys.argv[2]
    con = duckdb.connect()
    groups = setup(con, folder, q)
    [q1, q2, q3, q4, q5][q - 1](con, groups)
