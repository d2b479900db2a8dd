"""`Scripts/bench --national`: the five questions at 1 and 5 million episodes (or 100,000 for a quick
check of the answers) in carebook, DuckDB, polars and pandas.

Each question is a whole process from a cold start (load, answer, exit), timed over several runs;
the peak RSS of each process is read from wait4. Each figure has its fair partner:

- carebook uncached (CAREBOOK_CACHE=off: every run reads and validates the CSVs) beside DuckDB
  over the CSVs and polars (lazy scan_csv) — a first load;
- carebook cached (its load cache, filled by one untimed run) beside DuckDB from a database
  file (loaded once from the CSVs by an untimed duckdb_load.py, opened read-only by every run);
- pandas (vectorised, eager read_csv) as before.

Every tool's answers are reduced to canonical lines and compared: the bench exits non-zero if
any differs."""

import hashlib, os, re, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(ROOT, ".bench-cache")
VENV_PY = os.path.join(CACHE, "venv", "bin", "python")
SIZES = [("100k", 30_200), ("100k-temp", 30_200), ("1m", 302_000), ("5m", 1_510_000)]
# children → about 0.1, 1.0 and 5.1 million episodes (seed 903); 100k-temp: the 100k set with temporary
# moves inserted by temporary_moves.py (synth makes none), for checking the placement rules' answers
PACKAGES = {"pandas": "pandas", "duckdb": "duckdb", "polars": "polars"}   # module → PyPI name, installed in the venv
TOOLS = [   # key, column heading
    ("cached", "carebook cached"), ("uncached", "carebook uncached"), ("duckdb", "DuckDB CSV"),
    ("duckdb_db", "DuckDB db file"), ("polars", "polars"), ("pandas", "pandas"),
]
RATIOS = [("uncached", "duckdb", "uncached÷duckCSV"), ("uncached", "polars", "uncached÷polars"),
          ("cached", "duckdb_db", "cached÷duckDB-file")]
QUESTIONS = [
    "1 looked after on a date by placement group",
    "2 admissions per month, all years, by age band",
    "3 % with 3+ placements in 12 months",
    "4 weekly cost of a cohort + step-down saving",
    "5 24-month stock-flow projection",
]
BANDS = "Under 1|1–4|5–9|10–15|16\\+"


def ensure_venv():
    """.bench-cache/venv with the peers' packages (a venv made before polars joined gets it added)."""
    if not os.path.exists(VENV_PY):
        subprocess.run([sys.executable, "-m", "venv", os.path.join(CACHE, "venv")], check=True)
    missing = [name for module, name in PACKAGES.items()
               if subprocess.run([VENV_PY, "-c", f"import {module}"], capture_output=True).returncode != 0]
    if missing:
        subprocess.run([VENV_PY, "-m", "pip", "install", "-q", *missing], check=True)
    versions = subprocess.run([VENV_PY, "-c", "import duckdb, polars, pandas; "
                               "print(f'duckdb {duckdb.__version__}, polars {polars.__version__}, pandas {pandas.__version__}')"],
                              capture_output=True, text=True, check=True).stdout.strip()
    print(f"\npeers: {versions}")


def ensure_database(folder):
    """The DuckDB database file for a set, loaded once (untimed) and again only when the CSVs or the loader
    (duckdb_load.py, and duckdb_questions.py for its typed read_csv) change."""
    db = os.path.join(folder, "peers.duckdb")
    sources = [os.path.join(folder, "episodes.csv"), os.path.join(folder, "header.csv"),
               os.path.join(HERE, "duckdb_load.py"), os.path.join(HERE, "duckdb_questions.py")]
    if not os.path.exists(db) or os.path.getmtime(db) < max(os.path.getmtime(f) for f in sources):
        subprocess.run([VENV_PY, os.path.join(HERE, "duckdb_load.py"), folder, db], cwd=HERE, check=True)
    return db


def ensure_data(binary, name, children):
    folder = os.path.join(CACHE, "data", name)
    stamp = os.path.join(folder, "stamp")
    want = f"children={children} seed=903\n"
    if name.endswith("-temp"):
        base = ensure_data(binary, name[:-len("-temp")], children)
        script = os.path.join(HERE, "temporary_moves.py")
        want += f"temporary moves: {hashlib.sha256(open(script, 'rb').read()).hexdigest()}\n"
        if not (os.path.exists(stamp) and open(stamp).read() == want):
            subprocess.run([sys.executable, script, base, folder], check=True, stdout=subprocess.DEVNULL)
            with open(stamp, "w") as f:
                f.write(want)
        return folder
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


def peer_startup(runs):
    """The fixed cost inside every peer figure: starting Python and importing the library (no data read)."""
    parts = []
    for module in ("duckdb", "polars", "pandas"):
        samples = timed([VENV_PY, "-c", f"import {module}"], HERE, runs)[0]
        parts.append(f"{module} {statistics.median(samples) * 1000:.0f} ms")
    print("peer start-up (Python + import, part of each peer's figure): " + ", ".join(parts))


def national(binary, runs, sizes=None):
    ensure_venv()
    peer_startup(runs)
    subprocess.run(["rm", "-rf", os.path.join(CACHE, "carebook-cache")])
    failures = 0
    for name, children in SIZES:
        if sizes and name not in sizes:
            continue
        d = ensure_data(binary, name, children)
        db = ensure_database(d)
        episodes = sum(1 for _ in open(f"{d}/episodes.csv")) - 1
        csv_mb = (os.path.getsize(f"{d}/episodes.csv") + os.path.getsize(f"{d}/header.csv")) / 2**20
        print(f"\n{name}: {episodes:,} episodes, {children:,} children requested; CSVs {csv_mb:.0f} MB; "
              f"DuckDB file {os.path.getsize(db) / 2**20:.0f} MB; {runs} runs each, ms median (min–max); peak RSS MB")
        print(f"{'question':46} " + " ".join(f"{h:>19}" for _, h in TOOLS) + " "
              + " ".join(f"{h:>18}" for _, _, h in RATIOS) + "  RSS " + " / ".join(h for _, h in TOOLS))
        peaks = []
        for q, title in enumerate(QUESTIONS, 1):
            script = os.path.join(CACHE, f"q{q}-{name}.cb")
            with open(script, "w") as f:
                f.write(carebook_script(q, d))
            timed([binary, script], HERE, 1, cache_env("cached"))      # fills the cache; not timed
            peer = lambda file, *extra: ([VENV_PY, os.path.join(HERE, file), str(q), d, *extra], None)
            commands = {
                "cached": ([binary, script], cache_env("cached")),
                "uncached": ([binary, script], cache_env("off")),
                "duckdb": peer("duckdb_questions.py"),
                "duckdb_db": peer("duckdb_questions.py", db),
                "polars": peer("polars_questions.py"),
                "pandas": peer("pandas_questions.py"),
            }
            results = {t: timed(cmd, HERE, runs, env) for t, (cmd, env) in commands.items()}
            answers = {t: sorted(carebook_answers(q, results[t][2])) for t in ("cached", "uncached")}
            for t in commands:
                if t not in answers:
                    answers[t] = sorted(results[t][2].splitlines())
            same = all(a == answers["cached"] for a in answers.values()) and answers["cached"]
            med = {t: statistics.median(r[0]) for t, r in results.items()}
            rss = " / ".join(f"{results[t][1] / 1024:.0f}" for t, _ in TOOLS)
            peaks.append((results["cached"][1], results["uncached"][1]))
            print(f"{title:46} " + " ".join(f"{fmt(results[t][0]):>19}" for t, _ in TOOLS) + " "
                  + " ".join(f"{med[a] / med[b]:18.2f}" for a, b, _ in RATIOS) + f"  {rss}"
                  + ("" if same else "  ANSWERS DIFFER"))
            if not same:
                failures += 1
                for t, a in answers.items():
                    extra = [x for x in a if x not in answers["cached"]]
                    print(f"    {t}: {len(a)} lines; " + (f"first not in carebook cached's: {extra[0]}" if extra
                          else "same as carebook cached's" if a == answers["cached"] else "a subset of carebook cached's"))
        for label, top in (("cached", max(p[0] for p in peaks) / 1024), ("uncached", max(p[1] for p in peaks) / 1024)):
            print(f"carebook ({label}) peak RSS {top:.0f} MB = {top / (episodes / 1e6):.0f} MB per million episodes "
                  f"({top / csv_mb:.2f}× the CSVs on disk)")
    if failures:
        sys.exit(f"\n{failures} question(s) gave different answers")
    print("\nall answers agree (carebook cached and uncached, DuckDB CSV and database file, polars, pandas)")
