#!/usr/bin/env python3
"""Draws the labelled sample: every log call of each repository in repos.tsv (extract.py, tests excluded), then at most
CAP of them per repository uniformly at random with a fixed seed, so no call is chosen for being easy or hard.
Prints repo, path, line, column, code (label and note are filled in by hand in log-labels.tsv).

With --exp it samples the CEG1003 candidates (extract.py --exp) instead, for exp-labels.tsv.

usage: sample.py MIRROR_ROOT [CAP] [SEED] [--exp]    (MIRROR_ROOT/<owner>+<name>/repo are the fetched git directories)
"""
import os, random, subprocess, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
mode = ['--exp'] if '--exp' in sys.argv else []
root = args[0]
cap = int(args[1]) if len(args) > 1 else 35
seed = int(args[2]) if len(args) > 2 else 7
here = os.path.dirname(os.path.abspath(__file__))
for row in open(os.path.join(here, 'repos.tsv')):
    if row.startswith('#') or not row.strip():
        continue
    repo, commit = row.split('\t')[:2]
    git_dir = os.path.join(root, repo.replace('/', '+'), 'repo')
    calls = subprocess.run([sys.executable, os.path.join(here, 'extract.py'), git_dir, commit, '--exclude-tests'] + mode,
                           capture_output=True, text=True, check=True).stdout.splitlines()
    rng = random.Random(f'{seed}:{repo}')
    chosen = sorted(rng.sample(calls, min(cap, len(calls))), key=lambda c: (c.split('\t')[0], int(c.split('\t')[1]), int(c.split('\t')[2])))
    for call in chosen:
        print(f'{repo}\t{call}')
