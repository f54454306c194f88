#!/usr/bin/env python3
"""Prints (CSV: competence,tube,skill) the active skills of levels 1 and 2 of every competence of the core framework
(src/main/resources/content/crcn), the skills a bench candidate is given as validated knowledge elements: 16
competences at level 2, so that the v2 draw gives up to 48 questions, as a real test.

    python3 bench/certification/skills.py > skills.csv
"""
import glob
import os
import sys

import yaml

root = os.path.join(os.path.dirname(__file__), "..", "..", "src", "main", "resources", "content", "crcn")
for path in sorted(glob.glob(os.path.join(root, "*", "*.yaml"))):
    tube = yaml.safe_load(open(path, encoding="utf-8"))
    for skill in tube.get("skills", []):
        if skill["level"] <= 2 and skill.get("status", "active") == "active" and skill.get("challenges"):
            sys.stdout.write("%s,%s,@%s%d\n" % (tube["competence"], tube["tube"], tube["tube"], skill["level"]))
