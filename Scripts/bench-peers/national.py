"""`Scripts/bench --national`: the five questions at 1 and 5 million episodes in carebook, DuckDB and pandas.

Each question is a whole process from a cold start (load the CSVs, answer, exit), timed over
several runs; the peak RSS of each process is read from wait4. carebook is timed twice: with
its load cache (the usual case after the first session on a set of files: one untimed run
fills the cache) and with the cache off (every run reads and validates the CSVs). Every tool's
answers are reduced to canonical lines and compared: the bench exits non-zero if any differs."""

import os, re, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(ROOT, ".bench-cache")
VENV_PY = os.path.join(CACHE, "venv", "bin", "python")
SIZES = [("1m", 302_000), ("5m", 1_510_000)]      # children → about 1.0 and 5.1 million episodes (seed 903)
QUESTIONS = [
    "1 looked after on a date by placement group",
    "2 admissions per month, all years, by age band",
    "3 % with 3+ placements in 12 months",
    "4 weekly cost of a cohort + step-down saving",
    "5 24-month stock-flow projection",
]
BANDS = "Under 1|1–4|5–9|10–15|16\\+"


def ensure_venv():
    if os.path.exists(VENV_PY):
        return
    subprocess.run([sys.executable, "-m", "venv", os.path.join(CACHE, "venv")], check=True)
    subprocess.run([VENV_PY, "-m", "pip", "install", "-q", "pandas", "duckdb"], check=True)


def ensure_data(binary, name, children):
    folder = os.path.join(CACHE, "data", name)
    stamp = os.path.join(folder, "stamp")
    want = f"children={children} seed=903\n"
    if not (os.path.exists(stamp) and open(stamp).read() == want):
        subprocess.run([binary, "synth", "--children", str(children), "--seed", "903", "--out", folder],
                       check=True, stdout=subprocess.DEVNULL)
        with open(stamp, "w") as f:
            f.write(want)
    return folder


def carebook_script(q, d):
    load = f'load "{d}/header.csv"\nload "{d}/episodes.csv"\n:mode csv\n'
    return load + [
        "looked_after(on: 2019-03-31) by placement_group\n",
        "admissions(from: 2013-04-01, to: 2020-03-31) with month = month_end(date) by month, age_band\n",
        "lac = looked_after(on: 2019-03-31)\ncount(lac where placements_last_12_months >= 3)\ncount lac\n",
        f'load "{ROOT}/Datasets/example-borough/unit-costs.csv"\nasat 2019-03-31\n'
        'ch = looked_after() where placement_group == "Commissioned children\'s home"\nweekly_cost(ch)\n'
        'step_down(ch where age >= 12, to: "In-house fostering", on: 2019-09-30, success: 72%).full_year\n',
        "project(from: 2019-03-31, months: 24).months sort month desc top 1\n",
    ][q - 1]


def pence(text):
    pounds, _, p = text.replace("£", "").replace(",", "").partition(".")
    return int(pounds) * 100 + int((p + "00")[:2])


def carebook_answers(q, out):
    lines = out.splitlines()
    if q == 1:
        return [f"Q1 {m[1]}={m[2]}" for m in (re.match(r'^"?(.+?)"?,(\d+),[\d.]+%$', l) for l in lines) if m]
    if q == 2:
        return [f"Q2 {m[1]} {m[2]}={m[3]}" for m in (re.match(rf"^(\d{{4}}-\d\d-\d\d),({BANDS}),(\d+),", l) for l in lines) if m]
    if q == 3:
        a, b = [l.replace(",", "") for l in lines if re.match(r"^[\d,]+$", l)][-2:]
        return [f"Q3 three_plus={a}", f"Q3 looked_after={b}"]
    if q == 4:
        a, b = [pence(l) for l in lines if l.startswith("£")][-2:]
        return [f"Q4 weekly={a}", f"Q4 full_year={b}"]
    i = next(k for k, l in enumerate(lines) if l.startswith("month,"))
    names = re.findall(r'"[^"]*"|[^,]+', lines[i])[1:]
    values = lines[i + 1].split(",")[1:]
    return [f"Q5 {n.strip(chr(34))}={float(v):.1f}" for n, v in zip(names, values)]


def timed(cmd, cwd, runs, env=None):
    """(samples in seconds, peak RSS in KB over the runs, stdout of the first run)."""
    samples, peak, first = [], 0, None
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        out = p.stdout.read()
        err = p.stderr.read()
        _, status, usage = os.wait4(p.pid, 0)
        samples.append(time.perf_counter() - start)
        if status != 0:
            sys.exit(f"failed: {' '.join(cmd)}\n{out.decode()[-2000:]}\n{err.decode()[-2000:]}")
        peak = max(peak, usage.ru_maxrss)
        first = first if first is not None else out.decode()
    return samples, peak, first


def fmt(samples):
    ms = [s * 1000 for s in samples]
    return f"{statistics.median(ms):7.0f} ({min(ms):.0f}–{max(ms):.0f})"


def cache_env(mode):
    """carebook's environment: its load cache in .bench-cache/carebook-cache, or off."""
    return dict(os.environ, CAREBOOK_CACHE=os.path.join(CACHE, "carebook-cache") if mode == "cached" else "off")


def national(binary, runs, sizes=None):
    ensure_venv()
    subprocess.run(["rm", "-rf", os.path.join(CACHE, "carebook-cache")])
    failures = 0
    for name, children in SIZES:
        if sizes and name not in sizes:
            continue
        d = ensure_data(binary, name, children)
        episodes = sum(1 for _ in open(f"{d}/episodes.csv")) - 1
        csv_mb = (os.path.getsize(f"{d}/episodes.csv") + os.path.getsize(f"{d}/header.csv")) / 2**20
        print(f"\n{name}: {episodes:,} episodes, {children:,} children requested; CSVs {csv_mb:.0f} MB; "
              f"{runs} runs each, ms median (min–max); peak RSS MB")
        print(f"{'question':46} {'carebook cached':>16} {'carebook uncached':>18} {'duckdb':>16} {'pandas':>17} "
              f"{'cb/duck':>8} {'cb/pd':>6} {'uncached/duck':>13}  {'RSS cb / uncached / duck / pd':>29}")
        peaks = []
        for q, title in enumerate(QUESTIONS, 1):
            script = os.path.join(CACHE, f"q{q}-{name}.cb")
            with open(script, "w") as f:
                f.write(carebook_script(q, d))
            timed([binary, script], HERE, 1, cache_env("cached"))      # fills the cache; not timed
            tools = {
                "carebook": ([binary, script], cache_env("cached")),
                "uncached": ([binary, script], cache_env("off")),
                "duckdb": ([VENV_PY, os.path.join(HERE, "duckdb_questions.py"), str(q), d], None),
                "pandas": ([VENV_PY, os.path.join(HERE, "pandas_questions.py"), str(q), d], None),
            }
            results = {t: timed(cmd, HERE, runs, env) for t, (cmd, env) in tools.items()}
            answers = {t: sorted(carebook_answers(q, results[t][2])) for t in ("carebook", "uncached")}
            for t in ("duckdb", "pandas"):
                answers[t] = sorted(results[t][2].splitlines())
            same = all(a == answers["carebook"] for a in answers.values()) and answers["carebook"]
            med = {t: statistics.median(r[0]) for t, r in results.items()}
            rss = " / ".join(f"{results[t][1] / 1024:.0f}" for t in tools)
            peaks.append((results["carebook"][1], results["uncached"][1]))
            print(f"{title:46} {fmt(results['carebook'][0]):>16} {fmt(results['uncached'][0]):>18} "
                  f"{fmt(results['duckdb'][0]):>16} {fmt(results['pandas'][0]):>17} "
                  f"{med['carebook'] / med['duckdb']:8.2f} {med['carebook'] / med['pandas']:6.3f} "
                  f"{med['uncached'] / med['duckdb']:13.2f}  {rss:>29}" + ("" if same else "  ANSWERS DIFFER"))
            if not same:
                failures += 1
                for t, a in answers.items():
                    print(f"    {t}: {len(a)} lines; first differing: "
                          f"{next((x for x in a if x not in answers['carebook']), a[:1])}")
        for label, top in (("cached", max(p[0] for p in peaks) / 1024), ("uncached", max(p[1] for p in peaks) / 1024)):
            print(f"carebook ({label}) peak RSS {top:.0f} MB = {top / (episodes / 1e6):.0f} MB per million episodes "
                  f"({top / csv_mb:.2f}× the CSVs on disk)")
    if failures:
        sys.exit(f"\n{failures} question(s) gave different answers")
    print("\nall answers agree (carebook, duckdb, pandas)")
