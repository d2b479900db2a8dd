"""Copies a generated set with temporary moves (PLACE T1/T3) inserted, so the bench's answer check
exercises the placement rules `carebook synth` never produces: a return to the same carer straight
after a temporary move is no new placement; a return with another postcode district or PLACE, or
by RNE T, is judged as usual.

Usage: temporary_moves.py FROM_DIR TO_DIR    (deterministic: the same input gives the same output)

In about a quarter of the episodes of 5 days or more that are not short breaks, the episode
[DECOM, DEC) becomes: the same carer until the middle day (REC X1); a one-day temporary move
(RNE P, T1, no provider; REC X1), or two (T1 then T3); then back to the rest of the episode, by one
of: RNE P to the same carer, RNE B to the same carer, RNE P to another postcode district, RNE P
to another PLACE, RNE T to the same carer. Every period of care stays contiguous; no episode
overlaps another."""

import csv, datetime, os, random, shutil, sys

KINDS = ["return_P", "return_B", "new_district", "other_place", "rne_T", "two_moves"]


def day(s):
    return datetime.datetime.strptime(s, "%d/%m/%Y").date()


def text(d):
    return d.strftime("%d/%m/%Y")


def split(row, kind):
    start, end = day(row["DECOM"]), day(row["DEC"])
    middle = start + datetime.timedelta(days=(end - start).days // 2)
    first = dict(row, DEC=text(middle), REC="X1")
    moves, back = [], middle
    for place in (["T1", "T3"] if kind == "two_moves" else ["T1"]):
        moves.append(dict(row, DECOM=text(back), DEC=text(back + datetime.timedelta(days=1)), RNE="P", PLACE=place,
                          PLACE_PROVIDER="", REC="X1", REASON_PLACE_CHANGE="", URN=""))
        back += datetime.timedelta(days=1)
    rest = dict(row, DECOM=text(back), RNE={"return_B": "B", "rne_T": "T"}.get(kind, "P"), REASON_PLACE_CHANGE="CARPL")
    if kind == "new_district":
        rest["PL_POST"] = "XZ9 1AA"
    if kind == "other_place":
        rest["PLACE"] = {"U4": "U5", "U5": "U6", "U6": "U4"}.get(row["PLACE"], row["PLACE"])
    return [first, *moves, rest]


def main(source, target):
    rng = random.Random(16)
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(source, "episodes.csv"), newline="") as f:
        reader = csv.DictReader(f)
        columns, rows = reader.fieldnames, list(reader)
    out, moved = [], 0
    for row in rows:
        long_enough = row["DEC"] and (day(row["DEC"]) - day(row["DECOM"])).days >= 5
        if long_enough and row["LS"] not in ("V3", "V4") and rng.random() < 0.25:
            out.extend(split(row, rng.choice(KINDS)))
            moved += 1
        else:
            out.append(row)
    with open(os.path.join(target, "episodes.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    shutil.copy(os.path.join(source, "header.csv"), os.path.join(target, "header.csv"))
    print(f"{moved:,} episodes split around temporary moves: {len(rows):,} → {len(out):,} episodes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
