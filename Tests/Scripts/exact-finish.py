#!/usr/bin/env python3
"""Best known finish of a kiemtra scheduling problem, by an exact solver (a one-off dev aid).

Not part of the project and not run by its tests: it needs Google OR-Tools (`pip install
ortools`, in a virtual environment), which kiemtra itself never depends on. Input is the slot
problem `kiemtra-bench --export DIR` writes (`*.problem.json`); the model is the same rules as
the scheduler's: each visit starts at one allowed slot (working days of the range, report lead
time and range already folded into the allowed starts), lasts its duration, and no person is in
two visits, or in a visit on a fixed busy slot, at once. Objective: the last slot used. Prints
one JSON line: {"file", "finish" (slots, 1-based: working days from the range start),
"bound", "status", "seconds"}.

    python3 Tests/Scripts/exact-finish.py DIR/bench-20-1.problem.json [--time 60]
"""
import json
import sys
import time

from ortools.sat.python import cp_model


def solve(path, limit):
    problem = json.load(open(path))
    slots = problem["slots"]
    model = cp_model.CpModel()
    by_person = {}
    ends = []
    for task in problem["tasks"]:
        d = task["duration"]
        domain = cp_model.Domain.from_intervals([[a, b] for a, b in task["starts"]])
        start = model.new_int_var_from_domain(domain, "s_" + task["id"])
        interval = model.new_fixed_size_interval_var(start, d, "i_" + task["id"])
        ends.append(start + d)
        for p in task["people"]:
            by_person.setdefault(p, []).append(interval)
    for p, s in problem["fixedBusy"]:
        by_person.setdefault(p, []).append(model.new_fixed_size_interval_var(s, 1, f"busy_{p}_{s}"))
    finish = model.new_int_var(0, slots, "finish")
    for e in ends:
        model.add(finish >= e)
    for intervals in by_person.values():
        if len(intervals) > 1:
            model.add_no_overlap(intervals)
    model.minimize(finish)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = limit
    solver.parameters.num_workers = 2
    began = time.time()
    status = solver.solve(model)
    return {
        "file": path.split("/")[-1],
        "finish": int(solver.objective_value) if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None,
        "bound": int(solver.best_objective_bound),
        "status": solver.status_name(status),
        "seconds": round(time.time() - began, 2),
    }


if __name__ == "__main__":
    args = sys.argv[1:]
    limit = 60.0
    if "--time" in args:
        i = args.index("--time")
        limit = float(args[i + 1])
        del args[i : i + 2]
    for path in args:
        print(json.dumps(solve(path, limit)), flush=True)
