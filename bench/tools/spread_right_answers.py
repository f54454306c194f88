#!/usr/bin/env python3
"""Spreads the right answers of the QCU/QCM of the content packs over the proposals' positions.

One-off rewrite for issue 14 (HIGH-1): authors put the right answer first in 82 % of the QCU.
For every challenge with `shuffled: true` (their order means nothing: the learner sees them in a
per-assessment order anyway), the proposals are reordered and `solution` rewritten to point at the
same texts. QCU get their right answer on the least used position of their framework so far (ties
drawn at random), QCM a random order. Challenges without `shuffled: true` (ordered scales, "Aucune
de ces réponses" last, buttons of a picture) keep their order. The proposals' ids are hashes of
their text, so in-flight questions keep their ids.

Deterministic (seeded by the challenge ids); rewrites the files in place, editing only the
proposal lines and the solution line, then checks with PyYAML that every challenge says the same
thing as before (same texts, same right texts, same other keys).

    python3 bench/tools/spread_right_answers.py [--shuffle ID ...]

--shuffle ID adds `shuffled: true` to a challenge whose order turned out not to matter.
Run the linter afterwards (ContentLint, ContentPackTest, RightAnswerPositionsTest).
"""
import argparse
import collections
import glob
import hashlib
import random
import re
import sys

import yaml

ROOT = 'src/main/resources/content'


def seed(text):
    return int(hashlib.sha256(text.encode()).hexdigest()[:16], 16)


def blocks(lines):
    """(id, start, end) of each challenge: from its '- id:' line to the next item or less indented line."""
    starts = [(i, m.group(2), len(m.group(1))) for i, l in enumerate(lines)
              for m in [re.match(r'^( *)- id: (\S+)\s*$', l)] if m and '-' in m.group(2) and re.match(r'.*-\d+-[a-z]$', m.group(2))]
    for i, cid, indent in starts:
        end = i + 1
        while end < len(lines) and (lines[end].strip() == '' or len(lines[end]) - len(lines[end].lstrip()) > indent):
            end += 1
        yield cid, i, end, indent


def read(lines, start, end, indent):
    key = ' ' * (indent + 2)
    c = {'proposals': None, 'solution': None, 'shuffled': False, 'type': None}
    i = start
    while i < end:
        l = lines[i]
        if l.startswith(key + 'type:'):
            c['type'] = l.split(':', 1)[1].strip()
        elif l.startswith(key + 'shuffled:'):
            c['shuffled'] = l.split(':', 1)[1].strip() == 'true'
        elif l.startswith(key + 'solution:'):
            c['solution'] = i
        elif l.startswith(key + 'proposals:'):
            items = []
            j = i + 1
            while j < end and lines[j].startswith(key + '  - '):
                items.append(j)
                j += 1
            if j < end and len(lines[j]) - len(lines[j].lstrip()) > indent + 2:
                sys.exit(f'multi-line proposal at line {j + 1}')
            c['proposals'] = items
        i += 1
    return c


def positions(text):
    return [int(x) for x in re.findall(r'\d+', text.split(':', 1)[1])]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--shuffle', nargs='*', default=[])
    args = parser.parse_args()
    files = sorted(glob.glob(ROOT + '/**/*.yaml', recursive=True))
    texts = {f: open(f, encoding='utf-8').read() for f in files}
    found = []  # (framework, file, challenge id, start, end, indent)
    for f in files:
        lines = texts[f].split('\n')
        for cid in args.shuffle:
            for c, start, end, indent in list(blocks(lines)):
                if c == cid and not read(lines, start, end, indent)['shuffled']:
                    at = read(lines, start, end, indent)['solution']
                    lines.insert(at + 1, ' ' * (indent + 2) + 'shuffled: true')
        texts[f] = '\n'.join(lines)
        for cid, start, end, indent in blocks(lines):
            found.append((f.split('/')[4], f, cid))
    counts = collections.defaultdict(collections.Counter)
    # fixed positions first: the challenges whose order stays
    for framework, f, cid in found:
        lines = texts[f].split('\n')
        c = next(read(lines, s, e, i) for x, s, e, i in blocks(lines) if x == cid)
        if c['type'] == 'QCU' and not c['shuffled']:
            counts[framework][positions(lines[c['solution']])[0]] += 1
    for framework, f, cid in sorted(found, key=lambda x: seed('order ' + x[2])):
        lines = texts[f].split('\n')
        c = next(read(lines, s, e, i) for x, s, e, i in blocks(lines) if x == cid)
        if c['type'] not in ('QCU', 'QCM') or not c['shuffled']:
            continue
        rng = random.Random(seed(cid))
        items = [lines[j] for j in c['proposals']]
        n = len(items)
        right = positions(lines[c['solution']])
        if c['type'] == 'QCU':
            used = counts[framework]
            least = min(used[p] for p in range(1, n + 1))
            target = rng.choice([p for p in range(1, n + 1) if used[p] == least])
            used[target] += 1
            others = [k for k in range(1, n + 1) if k != right[0]]
            rng.shuffle(others)
            order = others[:target - 1] + [right[0]] + others[target - 1:]
        else:
            order = list(range(1, n + 1))
            rng.shuffle(order)
        # order[k] = old position shown at new position k + 1
        for k, old in enumerate(order):
            lines[c['proposals'][k]] = items[old - 1]
        new_right = sorted(order.index(old) + 1 for old in right)
        head = lines[c['solution']].split(':', 1)[0]
        lines[c['solution']] = head + ': ' + (str(new_right[0]) if c['type'] == 'QCU'
                                             else '[' + ', '.join(map(str, new_right)) + ']')
        texts[f] = '\n'.join(lines)
    for f in files:
        before = yaml.safe_load(open(f, encoding='utf-8'))
        after = yaml.safe_load(texts[f])
        check(before, after, set(args.shuffle), f)
        with open(f, 'w', encoding='utf-8') as out:
            out.write(texts[f])


def check(before, after, shuffled, f):
    old = {c['id']: c for s in before.get('skills', []) for c in s.get('challenges', [])}
    new = {c['id']: c for s in after.get('skills', []) for c in s.get('challenges', [])}
    assert old.keys() == new.keys(), f
    for cid, o in old.items():
        n = new[cid]
        if cid in shuffled:
            o = dict(o, shuffled=True)
        assert set(o) == set(n), cid
        for key in o:
            if key not in ('proposals', 'solution'):
                assert o[key] == n[key], (cid, key)
        if 'proposals' in o:
            sol = lambda c: {c['proposals'][p - 1] for p in (c['solution'] if isinstance(c['solution'], list) else [c['solution']])}
            assert sorted(o['proposals']) == sorted(n['proposals']), cid
            assert sol(o) == sol(n), cid
            if not o.get('shuffled'):
                assert o['proposals'] == n['proposals'] and o['solution'] == n['solution'], cid


if __name__ == '__main__':
    main()
